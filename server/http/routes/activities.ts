import { Hono } from 'hono';
import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import {
  cancelActivity,
  createActivity,
  getActivity,
  listActivities,
  publishActivity,
  requireActivity,
  updateActivity,
  actorIn,
} from '../../domain/activities/activities';
import { activityIcs, feedByToken, myFeeds, renewFeed } from '../../domain/activities/calendar';
import { attendees } from '../../domain/activities/attendees';
import { countInterested, myInterests, setMyInterests } from '../../domain/activities/interests';
import { participation, participationCsv } from '../../domain/activities/participation';
import { canManageActivities, canSeeParticipation } from '../../domain/activities/rules';
import { getActivitySettings, saveActivitySettings } from '../../domain/activities/settings';
import { answerOffer, signUp, withdraw } from '../../domain/activities/signups';
import {
  addTask,
  callForVolunteers,
  removeTask,
  unvolunteer,
  volunteer,
} from '../../domain/activities/tasks';
import { forbidden, notFound } from '../../errors';
import { consume } from '../../limits/limiters';
import {
  activityParamSchema,
  activitySettingsSchema,
  calendarRenewSchema,
  cancelActivitySchema,
  createActivitySchema,
  interestCountQuerySchema,
  interestsInputSchema,
  listActivitiesQuerySchema,
  participationQuerySchema,
  projectQuerySchema,
  taskParamSchema,
  updateActivitySchema,
  volunteerTaskInputSchema,
} from '../../protocol/activities';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';

export async function publishAll(deps: Pick<Deps, 'dispatcher'>, events: DomainEvent[]) {
  for (const event of events) await deps.dispatcher.publish(event);
}

const guestsSchema = z.strictObject({ guests: z.number().int().min(0).max(10).default(0) });
const offerSchema = z.strictObject({ accept: z.boolean() });

/** `/api/activities/...`: the activity board, sign-ups, tasks, interests, calendar, numbers. */
export function activityRoutes(deps: Deps) {
  const { db, clock, config } = deps;
  const feedUrl = (token: string) => `${config.publicUrl}/api/activities/feed/${token}.ics`;

  return (
    new Hono<AppEnv>()
      // Secret calendar links: no session (calendar apps have none); the token is the key.
      .get('/feed/:file', async (c) => {
        const token = c.req.param('file').replace(/\.ics$/, '');
        const text = await feedByTokenSafe(deps, token);
        // Cache-Control stays the API's no-store: a feed can hold the person's own sign-ups.
        return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8' });
      })
      .get('/', validate('query', listActivitiesQuerySchema), async (c) => {
        const { projectId, when } = c.req.valid('query');
        const list = await listActivities(db, clock, authOf(c).user.id, projectId, when);
        return c.json({ activities: list });
      })
      .post('/', validate('json', createActivitySchema), async (c) => {
        const { user } = authOf(c);
        await consume(deps.limiters.actions, user.id);
        const created = await createActivity(db, clock, user.id, c.req.valid('json'));
        await publishAll(deps, created.events);
        return c.json(
          {
            activity: created.activity,
            occurrences: created.occurrences,
            interested: created.interested,
          },
          201,
        );
      })
      .get('/interests', validate('query', projectQuerySchema), async (c) => {
        const { projectId } = c.req.valid('query');
        const { user } = authOf(c);
        await actorIn(db, user.id, projectId);
        return c.json({ tags: await myInterests(db, projectId, user.id) });
      })
      .put('/interests', validate('json', interestsInputSchema), async (c) => {
        const { projectId, tags } = c.req.valid('json');
        const { user } = authOf(c);
        await actorIn(db, user.id, projectId);
        return c.json({ tags: await setMyInterests(db, projectId, user.id, tags, clock.now()) });
      })
      .get('/interest-count', validate('query', interestCountQuerySchema), async (c) => {
        const { projectId, tags } = c.req.valid('query');
        const { user } = authOf(c);
        const actor = await actorIn(db, user.id, projectId);
        if (!canManageActivities(actor.role)) throw forbidden();
        const count = await countInterested(db, projectId, tags, {
          openToNeighbours: true,
          exclude: [user.id],
        });
        return c.json({ count });
      })
      .get('/calendar', validate('query', projectQuerySchema), async (c) => {
        const { projectId } = c.req.valid('query');
        return c.json({ feeds: await myFeeds(db, authOf(c).user.id, projectId) });
      })
      .post('/calendar', validate('json', calendarRenewSchema), async (c) => {
        const { projectId, scope } = c.req.valid('json');
        const { token } = await renewFeed(db, clock.now(), authOf(c).user.id, projectId, scope);
        return c.json({ scope, url: feedUrl(token) }, 201);
      })
      .get('/settings', validate('query', projectQuerySchema), async (c) => {
        const { projectId } = c.req.valid('query');
        await actorIn(db, authOf(c).user.id, projectId);
        return c.json(await getActivitySettings(db, projectId));
      })
      .put(
        '/settings',
        validate('query', projectQuerySchema),
        validate('json', activitySettingsSchema),
        async (c) => {
          const { projectId } = c.req.valid('query');
          const actor = await actorIn(db, authOf(c).user.id, projectId);
          if (!canManageActivities(actor.role)) throw forbidden();
          return c.json(
            await saveActivitySettings(db, projectId, c.req.valid('json'), clock.now()),
          );
        },
      )
      .get('/participation', validate('query', participationQuerySchema), async (c) => {
        const { projectId, from, to, format } = c.req.valid('query');
        const actor = await actorIn(db, authOf(c).user.id, projectId);
        if (!canSeeParticipation(actor.role)) throw forbidden();
        const rows = await participation(db, projectId, { from, to }, clock.now());
        if (format === 'csv') {
          return c.body(participationCsv(rows), 200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="deelname-${from}-${to}.csv"`,
          });
        }
        return c.json({ rows });
      })
      .post('/tasks/:taskId/volunteer', validate('param', taskParamSchema), async (c) => {
        const { user } = authOf(c);
        await consume(deps.limiters.actions, user.id);
        const done = await volunteer(db, clock, user.id, c.req.valid('param').taskId);
        await publishAll(deps, done.events);
        return c.json({ activity: done.activity });
      })
      .delete('/tasks/:taskId/volunteer', validate('param', taskParamSchema), async (c) => {
        const done = await unvolunteer(db, authOf(c).user.id, c.req.valid('param').taskId);
        await publishAll(deps, done.events);
        return c.json({ activity: done.activity });
      })
      .delete('/tasks/:taskId', validate('param', taskParamSchema), async (c) => {
        const done = await removeTask(db, authOf(c).user.id, c.req.valid('param').taskId);
        await publishAll(deps, done.events);
        return c.json({ activity: done.activity });
      })
      .get('/:activityId', validate('param', activityParamSchema), async (c) => {
        const { activityId } = c.req.valid('param');
        return c.json({ activity: await getActivity(db, authOf(c).user.id, activityId) });
      })
      .patch(
        '/:activityId',
        validate('param', activityParamSchema),
        validate('json', updateActivitySchema),
        async (c) => {
          const { activityId } = c.req.valid('param');
          const done = await updateActivity(
            db,
            clock,
            authOf(c).user.id,
            activityId,
            c.req.valid('json'),
          );
          await publishAll(deps, done.events);
          return c.json({ activity: done.activity });
        },
      )
      .post('/:activityId/publish', validate('param', activityParamSchema), async (c) => {
        const done = await publishActivity(
          db,
          clock,
          authOf(c).user.id,
          c.req.valid('param').activityId,
        );
        await publishAll(deps, done.events);
        return c.json({ activity: done.activity, interested: done.interested });
      })
      .post(
        '/:activityId/cancel',
        validate('param', activityParamSchema),
        validate('json', cancelActivitySchema),
        async (c) => {
          const done = await cancelActivity(
            db,
            clock,
            authOf(c).user.id,
            c.req.valid('param').activityId,
            c.req.valid('json'),
          );
          await publishAll(deps, done.events);
          return c.json({ activity: done.activity, cancelled: done.cancelled });
        },
      )
      .post(
        '/:activityId/signup',
        validate('param', activityParamSchema),
        validate('json', guestsSchema),
        async (c) => {
          const { user } = authOf(c);
          await consume(deps.limiters.actions, user.id);
          const done = await signUp(db, clock, {
            activityId: c.req.valid('param').activityId,
            userId: user.id,
            guests: c.req.valid('json').guests,
          });
          await publishAll(deps, done.events);
          return c.json(done.result);
        },
      )
      .post('/:activityId/withdraw', validate('param', activityParamSchema), async (c) => {
        const done = await withdraw(db, clock, {
          activityId: c.req.valid('param').activityId,
          userId: authOf(c).user.id,
        });
        await publishAll(deps, done.events);
        return c.json(done.result);
      })
      .post(
        '/:activityId/offer',
        validate('param', activityParamSchema),
        validate('json', offerSchema),
        async (c) => {
          const done = await answerOffer(db, clock, {
            activityId: c.req.valid('param').activityId,
            userId: authOf(c).user.id,
            accept: c.req.valid('json').accept,
          });
          await publishAll(deps, done.events);
          return c.json(done.result);
        },
      )
      .get('/:activityId/signups', validate('param', activityParamSchema), async (c) => {
        const { activityId } = c.req.valid('param');
        return c.json({ attendees: await attendees(db, authOf(c).user.id, activityId) });
      })
      .post(
        '/:activityId/tasks',
        validate('param', activityParamSchema),
        validate('json', volunteerTaskInputSchema),
        async (c) => {
          const done = await addTask(
            db,
            clock,
            authOf(c).user.id,
            c.req.valid('param').activityId,
            c.req.valid('json'),
          );
          await publishAll(deps, done.events);
          return c.json({ activity: done.activity }, 201);
        },
      )
      .post('/:activityId/volunteer-call', validate('param', activityParamSchema), async (c) => {
        const done = await callForVolunteers(
          db,
          clock,
          authOf(c).user.id,
          c.req.valid('param').activityId,
        );
        await publishAll(deps, done.events);
        return c.json({ posted: done.posted, openTasks: done.openTasks });
      })
      .get('/:activityId/ics', validate('param', activityParamSchema), async (c) => {
        const { activityId } = c.req.valid('param');
        const { user } = authOf(c);
        await requireActivity(db, activityId, user.id);
        const { ics } = await activityIcs(db, user.id, activityId, config.publicUrl);
        return c.body(ics, 200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `attachment; filename="activiteit-${activityId}.ics"`,
        });
      })
  );
}

async function feedByTokenSafe(deps: Deps, token: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound();
  return feedByToken(deps.db, deps.clock.now(), token, deps.config.publicUrl);
}
