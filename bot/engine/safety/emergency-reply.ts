import type { EmergencyAlertAction, EmergencyKind } from '../actions';
import type { EngineContext } from '../context';
import { contactLine, contactsFor } from '../replies';
import type { BotReply } from '../types';

/**
 * The emergency answer: call 112 now, the community police officer from the card, and an
 * urgent alert to staff. Self-harm gets the 113 suicide prevention line as well, and is always
 * answered privately; other dangers are answered where they were written, so others in the room
 * see the 112 advice too (the reply never repeats what was written). A gas smell also gets what
 * to do now and the repair line from the card (and no police officer when gas is all it is).
 */
export async function emergencyResponse(
  ctx: EngineContext,
  kinds: EmergencyKind[],
  flowRunning: boolean,
): Promise<{ replies: BotReply[]; actions: EmergencyAlertAction[] }> {
  const card = await ctx.ports.card(ctx.input.projectId);
  const police = contactsFor(card, 'police');
  const selfHarm = kinds.includes('self_harm');
  const gas = kinds.includes('gas');
  const lines = gas ? [ctx.t('defects.gas.advice')] : [];
  lines.push(ctx.t(selfHarm ? 'bot.emergency.self_harm' : 'bot.emergency.call_112'));
  if (gas) {
    // A gas smell is a defect too: the repair line from the card, at once.
    const repairs = contactsFor(card, 'repairs');
    lines.push(
      ...(repairs.length > 0
        ? [ctx.t('defects.gas.repairs'), ...repairs.map(contactLine)]
        : [ctx.t('defects.urgent.no_number')]),
    );
  }
  const onlyGas = gas && kinds.every((k) => k === 'gas' || k === 'danger');
  if (police.length > 0 && !onlyGas)
    lines.push(ctx.t('bot.emergency.police'), ...police.map(contactLine));
  lines.push(ctx.t('bot.emergency.staff_alerted'));
  if (flowRunning) lines.push(ctx.t('bot.emergency.flow_continues'));
  const action: EmergencyAlertAction = {
    type: 'emergency.alert',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    kinds,
    text: ctx.input.text,
    channelId: ctx.input.channel.id,
    channelKind: ctx.input.channel.kind,
  };
  // An emergency in the middle of the ladder conversation belongs to that concern.
  const ref = ctx.state.flow?.data.ref;
  if (typeof ref === 'string') action.concernRef = ref;
  return {
    replies: [{ visibility: selfHarm ? 'private' : ctx.roomVisibility, text: lines.join('\n') }],
    actions: [action],
  };
}
