import type { EmergencyAdvice, EmergencyAlertAction, EmergencyKind } from '../actions';
import type { MessageKey } from '../../../server/i18n/catalogue';
import type { EngineContext } from '../context';
import { contactLine, contactsFor } from '../replies';
import type { BotReply } from '../../../server/protocol/bot-reply';

/** What to do, per kind, after "Bel nu 112." (self-harm has its own answer with 113). */
const doNow = {
  unresponsive: 'bot.emergency.do.unresponsive',
  fall: 'bot.emergency.do.fall',
  overdose: 'bot.emergency.do.overdose',
  fire: 'bot.emergency.do.fire',
  gas: 'bot.emergency.do.gas',
  violence: 'bot.emergency.do.violence',
  weapon: 'bot.emergency.do.violence',
  threat: 'bot.emergency.do.threat',
  break_in: 'bot.emergency.do.break_in',
  missing: 'bot.emergency.do.missing',
  danger: 'bot.emergency.do.danger',
} as const satisfies Record<Exclude<EmergencyKind, 'self_harm'>, string>;

/**
 * The advice itself, as catalogue keys: "Bel nu 112." (for self-harm the answer with 113; for a
 * gas smell only the gas advice, which says to call from outside) and what to do for each kind.
 * Also used where there is no project card (an unlinked person on Discord).
 */
export function adviceKeys(kinds: readonly EmergencyKind[]): MessageKey[] {
  const selfHarm = kinds.includes('self_harm');
  const onlyGas = kinds.includes('gas') && kinds.every((k) => k === 'gas' || k === 'danger');
  const keys: MessageKey[] = selfHarm
    ? ['bot.emergency.self_harm']
    : onlyGas
      ? []
      : ['bot.emergency.call_now'];
  const advice = new Set<MessageKey>(
    kinds
      .filter((k): k is Exclude<EmergencyKind, 'self_harm'> => k !== 'self_harm')
      .map((k) => doNow[k]),
  );
  // The general advice ("Zorg eerst dat je zelf veilig bent...") only when no kind said something better.
  if (advice.size > 1 || onlyGas) advice.delete('bot.emergency.do.danger');
  return [...keys, ...advice];
}

/** Kinds the community police officer is for. */
const policeKinds: readonly EmergencyKind[] = [
  'violence',
  'weapon',
  'threat',
  'break_in',
  'missing',
  'danger',
];

/**
 * The emergency answer: "Bel nu 112" and what to do for each kind of danger (check breathing and
 * stay; leave and touch no light switch; ...), the community police officer from the card when
 * the danger is theirs, and an urgent alert to staff. Self-harm gets the 113 suicide prevention
 * line as well, and is always answered privately; other dangers are answered where they were
 * written, so others in the room see the 112 advice too (the reply never repeats what was
 * written). A gas smell also gets the repair line from the card. The web client shows every
 * number as a tap-to-call link. The alert names only what was shown (`told`).
 */
export async function emergencyResponse(
  ctx: EngineContext,
  kinds: EmergencyKind[],
  flowRunning: boolean,
  options: { text?: string; asked?: boolean } = {},
): Promise<{ replies: BotReply[]; actions: EmergencyAlertAction[] }> {
  const card = await ctx.ports.card(ctx.input.projectId);
  const told: EmergencyAdvice[] = options.asked ? ['asked', '112'] : ['112'];
  if (kinds.includes('self_harm')) told.push('113');
  const lines = adviceKeys(kinds).map((key) => ctx.t(key));
  if (kinds.includes('gas')) {
    const repairs = contactsFor(card, 'repairs');
    if (repairs.length > 0) {
      lines.push(ctx.t('defects.gas.repairs'), ...repairs.map(contactLine));
      told.push('repairs');
    } else lines.push(ctx.t('defects.urgent.no_number'));
  }
  const police = contactsFor(card, 'police');
  if (police.length > 0 && kinds.some((k) => policeKinds.includes(k))) {
    lines.push(ctx.t('bot.emergency.police'), ...police.map(contactLine));
    told.push('police');
  }
  lines.push(ctx.t('bot.emergency.staff_alerted'));
  if (flowRunning) lines.push(ctx.t('bot.emergency.flow_continues'));
  const action: EmergencyAlertAction = {
    type: 'emergency.alert',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    kinds,
    text: options.text ?? ctx.input.text,
    channelId: ctx.input.channel.id,
    channelKind: ctx.input.channel.kind,
    told,
  };
  // An emergency in the middle of the ladder conversation belongs to that concern.
  const ref = ctx.state.flow?.data.ref;
  if (typeof ref === 'string') action.concernRef = ref;
  return {
    replies: [
      {
        visibility: kinds.includes('self_harm') ? 'private' : ctx.roomVisibility,
        text: lines.join('\n'),
      },
    ],
    actions: [action],
  };
}
