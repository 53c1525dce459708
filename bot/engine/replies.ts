import type { EngineContext } from './context';
import { choices } from './context';
import { cardContactKinds } from '../../server/protocol/card';
import type { CardContact, CardContactKind, NeighbourhoodCard } from '../../server/protocol/card';
import type { Choice } from '../../server/protocol/bot-reply';

/** The main menu: what the bot can do, as buttons whose values are commands. */
export function mainMenu(ctx: EngineContext): Choice[] {
  return choices(ctx, [
    ['bot.menu.concern', '/melding'],
    ['bot.menu.care', '/zorg'],
    ['bot.menu.help', '/hulp'],
    ['bot.menu.activities', '/activiteiten'],
    ['bot.menu.defect', '/gebrek'],
    ['bot.menu.card', '/buurtkaart'],
  ]);
}

/** "Wijkagent Sanne de Boer: 0900-8844, sanne@... (Voor veiligheid in de buurt.)" */
export function contactLine(contact: CardContact): string {
  // A contact named by its number ("113") is not written twice.
  const reach = [contact.phone, contact.email].filter((r) => r && r !== contact.name).join(', ');
  const note = contact.note ? ` (${contact.note})` : '';
  return `- ${contact.name}${reach ? `: ${reach}` : ''}${note}`;
}

/** Where to look when the card has no contact of the asked kind. */
const fallbacks: Partial<Record<CardContactKind, CardContactKind[]>> = {
  repairs: ['corporation'],
  corporation: ['repairs'],
  mediation: ['support'],
  emergency: ['police'],
};

export function contactsFor(card: NeighbourhoodCard, kind: CardContactKind): CardContact[] {
  for (const k of [kind, ...(fallbacks[kind] ?? [])]) {
    const found = card.contacts.filter((c) => c.kind === k);
    if (found.length > 0) return found;
  }
  return [];
}

/** The whole card, or only the contacts for one topic ("wie bel ik bij lekkage?"). */
export function cardText(
  ctx: EngineContext,
  card: NeighbourhoodCard,
  topic?: CardContactKind,
): string {
  const lines: string[] = [];
  if (topic && topic !== 'emergency') {
    const found = contactsFor(card, topic);
    if (found.length > 0) {
      lines.push(
        ctx.t('bot.card.for_topic', { topic: ctx.t(`bot.card.kind.${topic}`) }),
        ...found.map(contactLine),
      );
      lines.push(ctx.t('bot.card.danger_line'));
      return lines.join('\n');
    }
    lines.push(ctx.t('bot.card.no_topic', { topic: ctx.t(`bot.card.kind.${topic}`) }));
  }
  lines.push(ctx.t('bot.card.title', { project: card.projectName }));
  lines.push(ctx.t('bot.card.danger_line'));
  // 112 on the card would only repeat the danger line above it ("- 112: 112").
  const ordered = card.contacts
    .filter((c) => !(c.kind === 'emergency' && c.phone?.replace(/\D/g, '') === '112'))
    .sort((a, b) => cardContactKinds.indexOf(a.kind) - cardContactKinds.indexOf(b.kind));
  lines.push(...ordered.map(contactLine));
  if (card.tips.length > 0)
    lines.push(ctx.t('bot.card.tips'), ...card.tips.map((tip) => `- ${tip}`));
  return lines.join('\n');
}
