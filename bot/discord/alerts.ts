import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { eq } from 'drizzle-orm';
import { alerts } from '../../db/schema';
import { concernService } from '../../server/areas/concerns/service';
import { loadAlertRecord, type AlertRecord } from '../../server/domain/concerns/records';
import { AppError } from '../../server/errors';
import { t } from '../../server/i18n/catalogue';
import type { Locale } from '../../server/i18n/locale';
import { isStaffRole } from '../../server/protocol/roles';
import type { CardButton, CardDecorator, StaffCard } from './cards';
import type { DiscordEnv } from './env';
import type { ComponentHandler } from './interactions';
import { discordNameOf, localeOfDiscord, personIn } from './people';

/** Custom-id kind of the buttons on alert cards: `bk:alert:claim:<id>`, `bk:alert:resolve:<id>`. */
export const ALERT_KIND = 'alert';

const COLOURS = { open: 0x2f6f73, urgent: 0xb3261e, claimed: 0x2e7d32, resolved: 0x6b7280 };

const ACTION = /^(claim|resolve):([0-9a-f-]{36})$/;

function statusLine(record: AlertRecord, locale: Locale): string {
  const { row } = record;
  if (row.status === 'resolved') return t(locale, 'discord.alert.status_resolved');
  if (row.status === 'claimed' && record.claimedBy)
    return t(locale, 'discord.alert.status_claimed', { name: record.claimedBy.name });
  if (row.status === 'acknowledged' && record.acknowledgedBy)
    return t(locale, 'discord.alert.status_seen', { name: record.acknowledgedBy.name });
  return t(locale, 'discord.alert.status_new');
}

function colourOf(record: AlertRecord): number {
  const { row } = record;
  if (row.status === 'resolved') return COLOURS.resolved;
  if (row.status === 'claimed') return COLOURS.claimed;
  return row.priority === 'urgent' ? COLOURS.urgent : COLOURS.open;
}

/**
 * A staff card about an alert (its notice, an escalation, an urgent repeat): its kind as the
 * title, its state (claimed by whom), and claim / resolve buttons while they make sense. The
 * open button leads to the staff dashboard. Rendered from the alert as it is now, so an edit of
 * the card (after `alert.changed`) shows the new state.
 */
export function alertCardDecorator(env: DiscordEnv): CardDecorator {
  const { db, config } = env.deps;
  return async (message, card, locale): Promise<StaffCard> => {
    const about = message.meta.about;
    if (about?.kind !== 'alert') return card;
    const record = await loadAlertRecord(db, about.id).catch((error: unknown) => {
      if (error instanceof AppError) return undefined;
      throw error;
    });
    if (!record) return card;
    const { row } = record;
    const kind = t(locale, `concerns.alert_kind.${row.kind}`);
    const fields = [{ name: t(locale, 'discord.alert.status'), value: statusLine(record, locale) }];
    if (record.assignedTo && row.status !== 'resolved')
      fields.push({
        name: t(locale, 'discord.alert.assigned'),
        value: record.assignedTo.name,
      });
    const buttons: CardButton[] = [];
    if (row.status === 'new' || row.status === 'acknowledged')
      buttons.push({
        kind: ALERT_KIND,
        data: `claim:${row.id}`,
        label: t(locale, 'discord.alert.claim'),
        style: 'success',
      });
    buttons.push({
      url: `${config.publicUrl}/p/${row.projectId}/dashboard`,
      label: t(locale, 'discord.card.open'),
    });
    if (row.status !== 'resolved')
      buttons.push({
        kind: ALERT_KIND,
        data: `resolve:${row.id}`,
        label: t(locale, 'discord.alert.resolve'),
        style: 'primary',
      });
    return {
      ...card,
      title: t(locale, 'discord.alert.title', { kind }),
      color: colourOf(record),
      fields: [...card.fields, ...fields],
      buttons,
    };
  };
}

/** The refusal a domain error stands for, in the person's language. */
function refusalOf(error: AppError, locale: Locale): string {
  const problem = Object.values(error.fields ?? {})[0];
  if (problem) return t(locale, problem.key, problem.params);
  if (error.code === 'not_found') return t(locale, 'discord.alert.gone');
  if (error.code === 'forbidden') return t(locale, 'discord.alert.staff_only');
  return t(locale, 'discord.failed');
}

/**
 * Claim and resolve on an alert card. Only a linked Discord user who is staff (or admin) of the
 * alert's project may act; they act through the same service as the web client (the HTTP route
 * and the socket), so the record, the staff room's live update and the audit are the same.
 * Everyone else gets a private refusal and nothing changes. The card is edited afterwards by
 * the outbox (the `alert.changed` event), like every other view of the alert.
 */
export function alertComponent(env: DiscordEnv): ComponentHandler {
  const { db } = env.deps;
  const service = concernService(env.deps);

  const refuse = (interaction: ButtonInteraction, text: string) =>
    interaction.reply({ content: text, flags: MessageFlags.Ephemeral });

  return async (interaction, data) => {
    const parsed = ACTION.exec(data);
    const asked = localeOfDiscord(interaction.locale);
    if (!parsed) return void (await refuse(interaction, t(asked, 'discord.failed')));
    const action = parsed[1] as 'claim' | 'resolve';
    const alertId = parsed[2] as string;
    const [alert] = await db
      .select({ projectId: alerts.projectId })
      .from(alerts)
      .where(eq(alerts.id, alertId))
      .limit(1);
    if (!alert) return void (await refuse(interaction, t(asked, 'discord.alert.gone')));
    const person = await personIn(
      db,
      {
        id: interaction.user.id,
        name: discordNameOf(interaction.user, null),
        locale: asked,
      },
      alert.projectId,
    );
    if (person.kind === 'guest')
      return void (await refuse(interaction, t(person.locale, 'discord.alert.link_first')));
    if (person.kind !== 'member' || !isStaffRole(person.role))
      return void (await refuse(interaction, t(person.locale, 'discord.alert.staff_only')));

    await interaction.deferUpdate();
    try {
      await service.alertAction(person.userId, alertId, action);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await interaction.followUp({
        content: refusalOf(error, person.locale),
        flags: MessageFlags.Ephemeral,
      });
    }
  };
}
