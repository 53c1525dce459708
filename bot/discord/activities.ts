import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type ButtonInteraction,
} from 'discord.js';
import { eq } from 'drizzle-orm';
import { activities } from '../../db/schema';
import { formatWhen } from '../../server/protocol/dates';
import { signUp, withdraw, type SignupOutcome } from '../../server/domain/activities/signups';
import { mySignupOf, seatsOne, type ActivityRow } from '../../server/domain/activities/records';
import { projectLocale } from '../../server/domain/projects/locale';
import { AppError, presentError } from '../../server/errors';
import { countedKey, t } from '../../server/i18n/catalogue';
import { WITHDRAW_QUESTION } from '../../server/protocol/bot-prompts';
import type { Locale } from '../../server/i18n/locale';
import { consume } from '../../server/limits/limiters';
import type { Seats } from '../../server/protocol/activities';
import type { CardButton, RoomCardRenderer, StaffCard } from './cards';
import type { DiscordEnv } from './env';
import type { ComponentHandler } from './interactions';
import { discordNameOf, localeOfDiscord, personIn } from './people';
import { customId } from './render';

/**
 * Custom-id kind of the buttons on activity posts: `bk:activity:signup:<id>`, `…:withdraw:<id>`,
 * and of the two answers to "are you sure?": `…:withdraw-yes:<id>`, `…:withdraw-no:<id>`.
 */
export const ACTIVITY_KIND = 'activity';

const COLOURS = { open: 0x2f6f73, full: 0xb26a00, closed: 0x6b7280 };

/**
 * `withdraw` asks first ("Wil je je afmelden…?", privately, with two buttons); only
 * `withdraw-yes` cancels the place, `withdraw-no` keeps it.
 */
const ACTION = /^(signup|withdraw|withdraw-yes|withdraw-no):([0-9a-f-]{36})$/;

async function findActivity(env: DiscordEnv, id: string): Promise<ActivityRow | undefined> {
  const [row] = await env.deps.db.select().from(activities).where(eq(activities.id, id)).limit(1);
  return row;
}

function seatsLine(seats: Seats, locale: Locale): string {
  if (seats.left === null) return t(locale, 'discord.activity.seats_open', { taken: seats.taken });
  if (seats.left > 0)
    return t(locale, 'discord.activity.seats_left', {
      left: seats.left,
      capacity: seats.capacity ?? 0,
    });
  const waiting = {
    none: 'discord.activity.seats_full_none',
    one: 'discord.activity.seats_full_one',
    many: 'discord.activity.seats_full',
  } as const;
  return t(locale, countedKey(seats.waiting, waiting), { waiting: seats.waiting });
}

/**
 * An activity post in the activities room as a card: title, time, place and the seats as they
 * are now, with sign-up and withdraw buttons while signing up is possible. Rendered again (an
 * edit through the outbox) whenever its seats or the activity change, wherever that happened.
 */
export function activityCard(env: DiscordEnv): RoomCardRenderer {
  const { db, clock, config } = env.deps;
  return async (message): Promise<StaffCard | undefined> => {
    const about = message.meta.about;
    if (about?.kind !== 'activity') return undefined;
    const activity = await findActivity(env, about.id);
    if (!activity) return undefined;
    const seats = await seatsOne(db, activity);
    const open = activity.status === 'published' && activity.startsAt > clock.now();
    // The activities room reads in the project's language, like Buurtbot's posts there.
    const locale = await projectLocale(db, activity.projectId);
    const fields = [
      {
        name: t(locale, 'discord.activity.when'),
        value: formatWhen(locale, activity.startsAt, activity.timezone),
      },
    ];
    if (activity.place)
      fields.push({ name: t(locale, 'discord.activity.place'), value: activity.place });
    fields.push({
      name: t(locale, 'discord.activity.seats'),
      value:
        activity.status === 'cancelled'
          ? t(locale, 'discord.activity.cancelled')
          : open
            ? seatsLine(seats, locale)
            : t(locale, 'discord.activity.closed'),
    });
    const buttons: CardButton[] = [];
    if (open)
      buttons.push(
        {
          kind: ACTIVITY_KIND,
          data: `signup:${activity.id}`,
          label: t(locale, 'discord.activity.signup'),
          style: 'success',
        },
        {
          kind: ACTIVITY_KIND,
          data: `withdraw:${activity.id}`,
          label: t(locale, 'discord.activity.withdraw'),
          style: 'secondary',
        },
      );
    buttons.push({
      url: `${config.publicUrl}/p/${activity.projectId}/activities`,
      label: t(locale, 'discord.card.open'),
    });
    return {
      title: activity.title,
      description: activity.description || message.body,
      color: !open ? COLOURS.closed : seats.left === 0 ? COLOURS.full : COLOURS.open,
      fields,
      buttons,
    };
  };
}

/** What Buurtbot says privately after a press: the same answers as in the chat. */
function outcomeText(done: SignupOutcome, locale: Locale): string {
  const { activity, result } = done;
  const params = {
    title: activity.title,
    when: formatWhen(locale, activity.startsAt, activity.timezone),
    guests: result.signup?.guests ?? 0,
    position: result.signup?.position ?? 0,
  };
  if (done.outcome === 'withdrawn') return t(locale, 'activities.bot.withdrawn', params);
  if (done.outcome === 'not_signed_up') return t(locale, 'activities.bot.not_signed_up', params);
  if (done.outcome === 'unchanged') return t(locale, 'activities.bot.unchanged', params);
  if (result.signup?.status === 'waitlisted') return t(locale, 'activities.bot.waitlisted', params);
  return t(locale, 'activities.bot.confirmed', params);
}

type Action = 'signup' | 'withdraw' | 'withdraw-yes' | 'withdraw-no';

/**
 * The private "are you sure?" before a place is given up, naming the guests who go too, with
 * [Ja, meld me af] [Nee, ik blijf]; or, without a sign-up, that there is nothing to cancel.
 */
async function withdrawQuestion(
  env: DiscordEnv,
  activity: ActivityRow,
  userId: string,
  locale: Locale,
) {
  const mine = await mySignupOf(env.deps.db, activity.id, userId);
  const params = {
    title: activity.title,
    when: formatWhen(locale, activity.startsAt, activity.timezone),
    guests: mine?.guests ?? 0,
  };
  if (!mine) return { content: t(locale, 'activities.bot.not_signed_up', params) };
  const button = (answer: 'yes' | 'no', style: ButtonStyle) =>
    new ButtonBuilder()
      .setCustomId(customId(ACTIVITY_KIND, `withdraw-${answer}:${activity.id}`))
      .setLabel(t(locale, answer === 'yes' ? 'bot.cancel.choice_yes' : 'bot.cancel.choice_no'))
      .setStyle(style);
  return {
    content: t(locale, countedKey(params.guests, WITHDRAW_QUESTION), params),
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        button('yes', ButtonStyle.Danger),
        button('no', ButtonStyle.Secondary),
      ),
    ],
  };
}

/**
 * Sign up / withdraw on an activity post. Only a linked Discord user who is a member of the
 * activity's project can; they act through the same domain functions as the web client (with
 * its rules: who may see and join which activity, the waitlist, the rate limit), and the
 * answer comes privately. Unlinked people are told how to link; nothing changes for them.
 */
export function activityComponent(env: DiscordEnv): ComponentHandler {
  const { db, clock, dispatcher, limiters } = env.deps;

  const privately = (interaction: ButtonInteraction, text: string) =>
    interaction.reply({ content: text, flags: MessageFlags.Ephemeral });

  return async (interaction, data) => {
    const asked = localeOfDiscord(interaction.locale);
    const parsed = ACTION.exec(data);
    const activity = parsed ? await findActivity(env, parsed[2] as string) : undefined;
    if (!parsed || !activity)
      return void (await privately(interaction, t(asked, 'discord.failed')));
    const person = await personIn(
      db,
      { id: interaction.user.id, name: discordNameOf(interaction.user, null), locale: asked },
      activity.projectId,
    );
    if (person.kind === 'guest')
      return void (await privately(interaction, t(person.locale, 'discord.link.needed')));
    if (person.kind !== 'member')
      return void (await privately(interaction, t(person.locale, 'discord.not_member')));

    const action = parsed[1] as Action;
    const input = { activityId: activity.id, userId: person.userId };
    if (action === 'withdraw')
      return void (await interaction.reply({
        ...(await withdrawQuestion(env, activity, input.userId, person.locale)),
        flags: MessageFlags.Ephemeral,
      }));
    if (action === 'withdraw-no')
      return void (await privately(
        interaction,
        t(person.locale, 'bot.cancel.kept', { title: activity.title }),
      ));

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let answer: string;
    try {
      let done: SignupOutcome;
      if (action === 'signup') {
        await consume(limiters.actions, person.userId);
        done = await signUp(db, clock, { ...input, guests: 0 });
      } else done = await withdraw(db, clock, input);
      for (const event of done.events) await dispatcher.publish(event);
      answer = outcomeText(done, person.locale);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const payload = presentError(error, person.locale);
      const reason = Object.values(payload.fields ?? {})[0] ?? payload.message;
      answer = t(person.locale, 'activities.bot.refused', { reason });
    }
    await interaction.editReply({ content: answer });
  };
}
