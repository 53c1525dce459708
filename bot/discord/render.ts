import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';

/** Discord's limit for a message's text. */
export const DISCORD_TEXT_MAX = 2000;
const MAX_BUTTONS = 25;
const LABEL_MAX = 80;
const CUSTOM_ID_MAX = 100;

/** Custom ids of Buurtkamer's components: `bk:<kind>:<data>`; `c` is a Buurtbot choice. */
export const CUSTOM_ID_PREFIX = 'bk:';
export const CHOICE_KIND = 'c';

export function customId(kind: string, data: string): string {
  return `${CUSTOM_ID_PREFIX}${kind}:${data}`;
}

export function parseCustomId(id: string): { kind: string; data: string } | undefined {
  if (!id.startsWith(CUSTOM_ID_PREFIX)) return undefined;
  const rest = id.slice(CUSTOM_ID_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 1) return undefined;
  return { kind: rest.slice(0, colon), data: rest.slice(colon + 1) };
}

/** Nobody is pinged by what Buurtkamer posts (no @everyone from a web message). */
export const noMentions = { parse: [] as [] };

/** Splits text into Discord-sized parts, at a line break or space where possible. */
export function splitText(text: string, max = DISCORD_TEXT_MAX): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const at = cut > max / 4 ? cut : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^[\n ]/, '');
  }
  parts.push(rest);
  return parts;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Buttons for Buurtbot's choices (five to a row). Values too long for a custom id are left out. */
export function choiceRows(
  choices: readonly { label: string; value: string }[] | undefined,
): ActionRowBuilder<ButtonBuilder>[] {
  const buttons = (choices ?? [])
    .filter((c) => customId(CHOICE_KIND, c.value).length <= CUSTOM_ID_MAX)
    .slice(0, MAX_BUTTONS)
    .map((c) =>
      new ButtonBuilder()
        .setCustomId(customId(CHOICE_KIND, c.value))
        .setLabel(truncate(c.label, LABEL_MAX))
        .setStyle(ButtonStyle.Secondary),
    );
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let i = 0; i < buttons.length; i += 5)
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons.slice(i, i + 5)));
  return rows;
}

/** A message Buurtkamer sends: fits a channel message, an interaction reply and a DM alike. */
export interface TextPayload {
  content: string;
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: typeof noMentions;
}

/** A Buurtbot reply as a Discord message: its text and its choices as buttons. */
export function replyPayload(
  text: string,
  choices?: readonly { label: string; value: string }[],
): TextPayload {
  return {
    content: truncate(text, DISCORD_TEXT_MAX),
    components: choiceRows(choices),
    allowedMentions: noMentions,
  };
}
