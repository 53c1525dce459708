import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import type { StoredMessage } from '../../server/domain/messages/messages';
import { t } from '../../server/i18n/catalogue';
import type { Locale } from '../../server/i18n/locale';
import { customId, noMentions, truncate } from './render';

/** A staff card as a message (sent or edited alike). */
export interface CardPayload {
  content: string;
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: typeof noMentions;
}

/** A button on a staff card: an action (handled by a component handler) or a link. */
export type CardButton =
  | {
      kind: string;
      data: string;
      label: string;
      style?: 'primary' | 'secondary' | 'success' | 'danger';
    }
  | { url: string; label: string };

/** What a staff card shows: Buurtbot's notice, with whatever the areas add. */
export interface StaffCard {
  title: string;
  description: string;
  color: number;
  fields: { name: string; value: string }[];
  buttons: CardButton[];
}

/**
 * Adds to a staff card from what the message is about (`meta.about`). The concerns one
 * (`alerts.ts`) reads the alert behind a notice (its state, who claimed it) and adds claim /
 * resolve buttons (`{kind: 'alert', data: 'claim:<id>'}`), handled by the component handler of
 * the same kind.
 */
export type CardDecorator = (
  message: StoredMessage,
  card: StaffCard,
  /** The card's language (the project's), for what the decorator adds. */
  locale: Locale,
) => StaffCard | Promise<StaffCard>;

const CALM = 0x2f6f73;
const DESCRIPTION_MAX = 4096;
/** Discord refuses a message whose embeds hold more than this (title, description, fields...). */
const EMBED_TOTAL_MAX = 6000;

/**
 * A Buurtbot message in the staff room as a card, with a link to it in Buurtkamer; its title and
 * button in the project's language (`projectLocale`), like the notice it shows.
 */
export async function staffCardPayload(
  message: StoredMessage,
  context: { publicUrl: string; projectId: string; locale: Locale },
  decorators: readonly CardDecorator[],
): Promise<CardPayload> {
  let card: StaffCard = {
    title: t(context.locale, 'discord.card.title'),
    description: message.body,
    color: CALM,
    fields: [],
    buttons: [
      {
        url: `${context.publicUrl}/p/${context.projectId}/${message.channelId}`,
        label: t(context.locale, 'discord.card.open'),
      },
    ],
  };
  for (const decorate of decorators) card = await decorate(message, card, context.locale);
  return cardPayload(card, message.createdAt);
}

/**
 * A Buurtbot message in a shared room shown as a card, when an area knows what it is about (an
 * activity post with its seats and sign-up buttons). `undefined`: not one of theirs.
 */
export type RoomCardRenderer = (message: StoredMessage) => Promise<StaffCard | undefined>;

const STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
} as const;

/** A card as a Discord message: one embed, its buttons in one row (at most five). */
export function cardPayload(card: StaffCard, at: Date): CardPayload {
  const title = truncate(card.title, 256);
  let fields = card.fields
    .slice(0, 25)
    .map((f) => ({ name: truncate(f.name, 256), value: truncate(f.value || '—', 1024) }));
  const size = () => fields.reduce((n, f) => n + f.name.length + f.value.length, title.length);
  // Within Discord's 6000 for the whole embed: the last fields go first, then the description
  // is shortened (it keeps at least a few hundred characters and the link to Buurtkamer).
  while (fields.length > 0 && size() > EMBED_TOTAL_MAX - 500) fields = fields.slice(0, -1);
  const embed = new EmbedBuilder()
    .setTitle(title)
    .setDescription(
      truncate(card.description || '—', Math.min(DESCRIPTION_MAX, EMBED_TOTAL_MAX - size())),
    )
    .setColor(card.color)
    .setTimestamp(at);
  if (fields.length > 0) embed.addFields(fields);
  const buttons = card.buttons.slice(0, 5).map((button) =>
    'url' in button
      ? new ButtonBuilder()
          .setURL(button.url)
          .setLabel(truncate(button.label, 80))
          .setStyle(ButtonStyle.Link)
      : new ButtonBuilder()
          .setCustomId(customId(button.kind, button.data))
          .setLabel(truncate(button.label, 80))
          .setStyle(STYLES[button.style ?? 'primary']),
  );
  return {
    content: '',
    embeds: [embed],
    components:
      buttons.length > 0 ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [],
    allowedMentions: noMentions,
  };
}
