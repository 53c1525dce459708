import fc from 'fast-check';
import { systemClock } from '../../../server/clock';
import { createActivity } from '../../../server/domain/activities/activities';
import { presentActivity } from '../../../server/areas/activities/presenters';
import { renewFeed } from '../../../server/domain/activities/calendar';
import { draftNewsletter } from '../../../server/domain/activities/newsletter';
import {
  accessibilityKeys,
  createActivitySchema,
  interestTags,
  type Activity,
  type ActivitiesClientEvents,
} from '../../../server/protocol/activities';
import { cardContactKinds } from '../../../server/protocol/card';
import { nearly } from '../../reliability/hostile';
import { localAt } from '../helpers/activities';
import {
  body,
  encode,
  param,
  query,
  SLOW_RUNS,
  text,
  type FuzzArea,
  type FuzzRequest,
  type FuzzWorld,
  type RouteFuzz,
} from './generators';

/**
 * Activities, volunteer tasks, the buurtkaart and newsletters: every route with random,
 * hostile and near-valid input, against real records (a published activity with a task, a
 * draft, a newsletter, a calendar link) mixed with unknown and malformed ids.
 */
export function activitiesFuzz(world: FuzzWorld): FuzzArea<keyof ActivitiesClientEvents> {
  const clock = systemClock;
  let published: Activity;
  let draft: Activity;
  let full: Activity;
  let newsletterId: string;
  let feedToken: string;

  const setup = async () => {
    const make = async (fields: Record<string, unknown>) => {
      const now = clock.now();
      const input = createActivitySchema.parse({
        projectId: world.project.id,
        title: 'Fuzzdiner',
        start: localAt(now, 6, 18),
        end: localAt(now, 6, 20),
        publish: true,
        tasks: [{ title: 'Koken', slots: 3 }],
        ...fields,
      });
      return presentActivity(
        (await createActivity(world.db, clock, world.admin.userId, input)).activity,
      );
    };
    published = await make({ capacity: 5, interests: ['cooking'] });
    draft = await make({ publish: false, openToNeighbours: false });
    full = await make({ capacity: 1, maxGuests: 0 });
    newsletterId = (await draftNewsletter(world.db, clock, world.admin.userId, world.project.id))
      .id;
    feedToken = (
      await renewFeed(world.db, clock.now(), world.admin.userId, world.project.id, 'personal')
    ).token;
  };

  // Ids: the real ones (read lazily, after setup), else random, hostile and malformed.
  const projectId = () =>
    param(
      () => world.project.id,
      () => world.other.id,
    );
  const activityId = () =>
    param(
      () => published.id,
      () => draft.id,
      () => full.id,
    );
  const taskId = () =>
    param(
      () => published.tasks[0]!.id,
      () => draft.tasks[0]!.id,
    );
  const newsletter = () => param(() => newsletterId);
  const tags = fc.array(fc.oneof(fc.constantFrom(...interestTags), text), { maxLength: 6 });
  const localTime = fc.oneof(
    fc.integer({ min: -3, max: 400 }).map((d) => localAt(new Date(), d, 10)),
    fc.constantFrom('2026-03-29T02:30', '2025-02-30T10:00', '9999-12-31T23:59', '2025-01-01'),
    text,
  );
  const day = fc.oneof(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    text,
  );

  /** A query string with the route's own fields (sometimes left out) on top of random ones. */
  const withQuery = (fields: Record<string, fc.Arbitrary<string>>) =>
    fc
      .tuple(query, fc.record(fields, { requiredKeys: [] }))
      .map(([random, own]) => ({ ...random, ...own }) as Record<string, string>);
  const get = (route: string, path: () => fc.Arbitrary<string>, q = withQuery({})): RouteFuzz => ({
    route,
    caller: 'admin',
    request: () => fc.tuple(path(), q).map(([p, qs]) => ({ method: 'GET', path: p, query: qs })),
  });
  const send = (
    route: string,
    method: string,
    path: () => fc.Arbitrary<string>,
    fields: Record<string, fc.Arbitrary<unknown>>,
    runs?: number,
  ): RouteFuzz => ({
    route,
    caller: 'admin',
    runs,
    request: () =>
      fc.tuple(path(), body(fields)).map(([p, b]): FuzzRequest => ({ method, path: p, ...b })),
  });
  const fixed = (path: string) => () => fc.constant(path);
  const under =
    (prefix: string, id: () => fc.Arbitrary<string>, suffix = '') =>
    () =>
      id().map((value) => `${prefix}/${encode(value)}${suffix}`);
  const byProject = withQuery({ projectId: projectId() });

  const activityFields = {
    title: text,
    description: text,
    start: localTime,
    end: localTime,
    place: text,
    accessibility: fc.array(fc.oneof(fc.constantFrom(...accessibilityKeys), text), {
      maxLength: 8,
    }),
    accessibilityNote: text,
    capacity: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 600 })),
    maxGuests: fc.integer({ min: -2, max: 12 }),
    openToNeighbours: fc.boolean(),
    interests: tags,
  };

  const routes: RouteFuzz[] = [
    get('GET /api/activities/feed/:file', () =>
      param(
        () => `${feedToken}.ics`,
        () => feedToken,
      ).map((file) => `/api/activities/feed/${encode(file)}`),
    ),
    get(
      'GET /api/activities',
      fixed('/api/activities'),
      withQuery({
        projectId: projectId(),
        when: fc.oneof(fc.constantFrom('upcoming', 'past'), text),
      }),
    ),
    send(
      'POST /api/activities',
      'POST',
      fixed('/api/activities'),
      {
        projectId: projectId(),
        ...activityFields,
        recurrence: fc.record(
          {
            frequency: fc.oneof(fc.constantFrom('daily', 'weekly', 'biweekly', 'monthly'), text),
            count: fc.integer({ min: -1, max: 120 }),
            until: day,
          },
          { requiredKeys: [] },
        ),
        tasks: fc.array(fc.record({ title: text, slots: fc.integer({ min: -1, max: 25 }) }), {
          maxLength: 12,
        }),
        publish: fc.boolean(),
      },
      SLOW_RUNS,
    ),
    get('GET /api/activities/interests', fixed('/api/activities/interests'), byProject),
    send('PUT /api/activities/interests', 'PUT', fixed('/api/activities/interests'), {
      projectId: projectId(),
      tags,
    }),
    get(
      'GET /api/activities/interest-count',
      fixed('/api/activities/interest-count'),
      withQuery({ projectId: projectId(), tags: tags.map((t) => t.join(',')) }),
    ),
    get('GET /api/activities/calendar', fixed('/api/activities/calendar'), byProject),
    send('POST /api/activities/calendar', 'POST', fixed('/api/activities/calendar'), {
      projectId: projectId(),
      scope: fc.oneof(fc.constantFrom('project', 'personal'), text),
    }),
    get('GET /api/activities/settings', fixed('/api/activities/settings'), byProject),
    {
      route: 'PUT /api/activities/settings',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            byProject,
            body({
              reminderHoursBefore: fc.integer({ min: -1, max: 200 }),
              offerHours: fc.integer({ min: -1, max: 100 }),
            }),
          )
          .map(([q, b]) => ({
            method: 'PUT',
            path: '/api/activities/settings',
            query: q,
            ...b,
          })),
    },
    get(
      'GET /api/activities/participation',
      fixed('/api/activities/participation'),
      withQuery({
        projectId: projectId(),
        from: day,
        to: day,
        format: fc.oneof(fc.constantFrom('json', 'csv'), text),
      }),
    ),
    send(
      'POST /api/activities/tasks/:taskId/volunteer',
      'POST',
      under('/api/activities/tasks', taskId, '/volunteer'),
      {},
    ),
    send(
      'DELETE /api/activities/tasks/:taskId/volunteer',
      'DELETE',
      under('/api/activities/tasks', taskId, '/volunteer'),
      {},
    ),
    send(
      'DELETE /api/activities/tasks/:taskId',
      'DELETE',
      under('/api/activities/tasks', taskId),
      {},
    ),
    get('GET /api/activities/:activityId', under('/api/activities', activityId)),
    send('PATCH /api/activities/:activityId', 'PATCH', under('/api/activities', activityId), {
      ...activityFields,
      scope: fc.oneof(fc.constantFrom('occurrence', 'series'), text),
    }),
    send(
      'POST /api/activities/:activityId/publish',
      'POST',
      under('/api/activities', activityId, '/publish'),
      {},
    ),
    send(
      'POST /api/activities/:activityId/cancel',
      'POST',
      under('/api/activities', activityId, '/cancel'),
      { reason: text, scope: fc.oneof(fc.constantFrom('occurrence', 'series'), text) },
    ),
    send(
      'POST /api/activities/:activityId/signup',
      'POST',
      under('/api/activities', activityId, '/signup'),
      { guests: fc.integer({ min: -2, max: 12 }) },
    ),
    send(
      'POST /api/activities/:activityId/withdraw',
      'POST',
      under('/api/activities', activityId, '/withdraw'),
      {},
    ),
    send(
      'POST /api/activities/:activityId/offer',
      'POST',
      under('/api/activities', activityId, '/offer'),
      { accept: fc.boolean() },
    ),
    get(
      'GET /api/activities/:activityId/signups',
      under('/api/activities', activityId, '/signups'),
    ),
    send(
      'POST /api/activities/:activityId/tasks',
      'POST',
      under('/api/activities', activityId, '/tasks'),
      { title: text, slots: fc.integer({ min: -1, max: 25 }) },
    ),
    send(
      'POST /api/activities/:activityId/volunteer-call',
      'POST',
      under('/api/activities', activityId, '/volunteer-call'),
      {},
    ),
    get('GET /api/activities/:activityId/ics', under('/api/activities', activityId, '/ics')),
    get('GET /api/card/:projectId', under('/api/card', projectId)),
    send('PUT /api/card/:projectId', 'PUT', under('/api/card', projectId), {
      contacts: fc.array(
        fc.record(
          {
            kind: fc.oneof(fc.constantFrom(...cardContactKinds), text),
            name: text,
            phone: fc.oneof(fc.constantFrom('112', '088 123 4567', '+31 (0)20-1234567'), text),
            email: fc.oneof(fc.emailAddress(), text),
            note: text,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 22 },
      ),
      tips: fc.array(text, { maxLength: 12 }),
    }),
    get('GET /api/newsletters', fixed('/api/newsletters'), byProject),
    send('POST /api/newsletters', 'POST', fixed('/api/newsletters'), { projectId: projectId() }),
    send('PATCH /api/newsletters/:newsletterId', 'PATCH', under('/api/newsletters', newsletter), {
      title: text,
      body: text,
    }),
    send(
      'POST /api/newsletters/:newsletterId/post',
      'POST',
      under('/api/newsletters', newsletter, '/post'),
      {},
    ),
  ];

  // Socket payloads (the socket suite's caller is staff of the project).
  const anActivity = () =>
    fc.oneof(
      fc.constant(null).map(() => published.id),
      fc.constant(null).map(() => draft.id),
      fc.constant(null).map(() => full.id),
      fc.uuid(),
      text,
    );
  const events: FuzzArea<keyof ActivitiesClientEvents>['events'] = {
    'activity:watch': () =>
      nearly({
        projectId: fc.oneof(
          fc.constant(null).map(() => world.project.id),
          fc.constant(null).map(() => world.other.id),
          fc.uuid(),
        ),
      }),
    'activity:signup': () =>
      nearly({ activityId: anActivity(), guests: fc.integer({ min: -2, max: 12 }) }),
    'activity:withdraw': () => nearly({ activityId: anActivity() }),
    'activity:respond': () => nearly({ activityId: anActivity(), accept: fc.boolean() }),
  };

  return { setup, routes, events };
}
