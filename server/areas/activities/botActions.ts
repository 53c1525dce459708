import type { Bot } from '../../../bot/runtime';
import type { ActionContext, ActionHandler } from '../../../bot/runtime/executor';
import type { DomainEvent } from '../../domain/events';
import { createActivity, getActivity } from '../../domain/activities/activities';
import { formatWhen } from '../../protocol/dates';
import { tellPerson, type Note } from '../../domain/activities/notify';
import { answerOffer, signUp, withdraw } from '../../domain/activities/signups';
import { callForVolunteers, volunteer } from '../../domain/activities/tasks';
import { addLocalDays } from '../../domain/activities/time';
import { AppError, presentError } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';

type Compose = (locale: Locale) => Note;

/**
 * Runs a domain change for the bot and tells the person the real outcome privately. An
 * expected refusal (started, full task, no offer) is explained in their language instead of
 * failing the whole answer.
 */
async function outcome(
  ctx: ActionContext,
  target: { projectId: string; userId: string },
  run: () => Promise<{ events: DomainEvent[]; note: Compose }>,
): Promise<DomainEvent[]> {
  try {
    const { events, note } = await run();
    return [...events, ...(await tellPerson(ctx.db, ctx.clock, target, note))];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return tellPerson(ctx.db, ctx.clock, target, (locale) => {
      const payload = presentError(error, locale);
      const reason = Object.values(payload.fields ?? {})[0] ?? payload.message;
      return { text: t(locale, 'activities.bot.refused', { reason }) };
    });
  }
}

/** Buurtbot's activity actions: sign up, cancel, answer an offer, volunteer, call for help, create. */
export function registerActivityActions(bot: Bot): void {
  const { executor } = bot;
  executor.register('activity.signup', signUpAction);

  executor.register('activity.cancel', (action, ctx) =>
    outcome(ctx, action, async () => {
      const done = await withdraw(ctx.db, ctx.clock, action);
      const key =
        done.outcome === 'withdrawn' ? 'activities.bot.withdrawn' : 'activities.bot.not_signed_up';
      return {
        events: done.events,
        note: (locale) => ({ text: t(locale, key, { title: done.activity.title }) }),
      };
    }),
  );

  executor.register('activity.offer_answer', (action, ctx) =>
    outcome(ctx, action, async () => {
      const done = await answerOffer(ctx.db, ctx.clock, action);
      const key = action.accept ? 'activities.bot.offer_accepted' : 'activities.bot.offer_declined';
      return {
        events: done.events,
        note: (locale) => ({ text: t(locale, key, { title: done.activity.title }) }),
      };
    }),
  );

  executor.register('volunteer.signup', (action, ctx) =>
    outcome(ctx, action, async () => {
      const done = await volunteer(ctx.db, ctx.clock, action.userId, action.taskId);
      const { row: activity, tasks } = done.activity.record;
      const task = tasks.find((x) => x.row.id === action.taskId);
      return {
        events: done.events,
        note: (locale) => ({
          text: t(locale, 'activities.bot.volunteered', {
            title: activity.title,
            task: task?.row.title ?? '',
          }),
        }),
      };
    }),
  );

  executor.register('volunteer.call', (action, ctx) =>
    outcome(ctx, action, async () => {
      const done = await callForVolunteers(ctx.db, ctx.clock, action.userId, action.activityId);
      const activity = (await getActivity(ctx.db, action.userId, action.activityId)).record.row;
      const key = done.posted ? 'activities.bot.call_posted' : 'activities.bot.call_none';
      return {
        events: done.events,
        note: (locale) => ({ text: t(locale, key, { title: activity.title }) }),
      };
    }),
  );

  executor.register('activity.create', createActivityAction);
}

/** Signs the person (and guests) up and tells them: confirmed, waitlisted or unchanged. */
const signUpAction: ActionHandler<'activity.signup'> = (action, ctx) =>
  outcome(ctx, action, async () => {
    const done = await signUp(ctx.db, ctx.clock, {
      activityId: action.activityId,
      userId: action.userId,
      guests: action.guests ?? 0,
    });
    const { activity, result } = done;
    return {
      events: done.events,
      note: (locale) => {
        const params = {
          title: activity.title,
          when: formatWhen(locale, activity.startsAt, activity.timezone),
          guests: result.signup?.guests ?? 0,
          position: result.signup?.position ?? 0,
        };
        if (done.outcome === 'unchanged')
          return { text: t(locale, 'activities.bot.unchanged', params) };
        if (result.signup?.status === 'waitlisted')
          return { text: t(locale, 'activities.bot.waitlisted', params) };
        return {
          text: t(
            locale,
            params.guests > 0 ? 'activities.bot.confirmed_guests' : 'activities.bot.confirmed',
            params,
          ),
        };
      },
    };
  });

/** Creates an activity from the chat; without a time it stays a draft. */
const createActivityAction: ActionHandler<'activity.create'> = (action, ctx) =>
  outcome(ctx, action, async () => {
    // Without a time the activity waits as a draft (19:00) until the time is set on the board.
    const start = `${action.date}T${action.time ?? '19:00'}`;
    const end = addTwoHours(start);
    const created = await createActivity(ctx.db, ctx.clock, action.userId, {
      projectId: action.projectId,
      title: action.title,
      description: '',
      start,
      end,
      place: action.place ?? '',
      accessibility: [],
      accessibilityNote: '',
      capacity: action.capacity ?? null,
      maxGuests: 3,
      openToNeighbours: true,
      interests: [],
      tasks: [],
      publish: action.time !== undefined,
    });
    const activity = created.activity.record.row;
    return {
      events: created.events,
      note: (locale) => {
        const lines = [
          t(
            locale,
            activity.status === 'published'
              ? 'activities.bot.created'
              : 'activities.bot.created_draft',
            {
              title: activity.title,
              when: formatWhen(locale, activity.startsAt, activity.timezone),
            },
          ),
        ];
        if (created.interested > 0)
          lines.push(t(locale, 'activities.bot.interested', { count: created.interested }));
        return { text: lines.join('\n') };
      },
    };
  });

function addTwoHours(local: string): string {
  const [date, time] = local.split('T') as [string, string];
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + 120;
  const day = total >= 24 * 60 ? addLocalDays(local, 1).slice(0, 10) : date;
  const minutes = total % (24 * 60);
  return `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
