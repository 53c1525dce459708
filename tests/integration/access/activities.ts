import type { z } from 'zod';
import { volunteerTasks } from '../../../db/schema';
import { systemClock } from '../../../server/clock';
import { createActivity } from '../../../server/domain/activities/activities';
import { presentActivity } from '../../../server/areas/activities/presenters';
import { renewFeed } from '../../../server/domain/activities/calendar';
import { draftNewsletter } from '../../../server/domain/activities/newsletter';
import { signUp, withdraw } from '../../../server/domain/activities/signups';
import {
  createActivitySchema,
  type Activity,
  type ActivitiesClientEvents,
} from '../../../server/protocol/activities';
import { buildMember } from '../../support/factories';
import { localAt } from '../helpers/activities';
import {
  everyMember,
  everyone,
  exceptCorporation,
  principals,
  type AccessArea,
  type AccessWorld,
  type EventCase,
  type Principal,
  type RouteCase,
} from './table';

/** Coordinators and staff (admins are staff) run activities, the buurtkaart and the newsletter. */
const managers: Principal[] = ['staff', 'coordinator', 'admin'];
/** Who may see a members-only activity: everyone who takes part, except outside neighbours. */
const members: Principal[] = ['resident', ...managers];
/** Who may not even know a published, open activity exists: `not_found`, like an unknown id. */
const outside: Principal[] = ['corporation', 'stranger', 'otherProject'];

/** A row whose refused callers who may see the record get 403, and the `hidden` ones 404. */
function seenOrHidden(row: Omit<RouteCase, 'denied'>, hidden: Principal[]): RouteCase {
  return { ...row, hidden };
}

/**
 * Activities, volunteers, the buurtkaart and the newsletter (`server/domain/activities/rules.ts`):
 * coordinators and staff create, edit, publish and cancel; residents propose (their proposal
 * is theirs and the managers' to see until published); outside neighbours see and join only
 * open activities; the corporation has no part in activities. An activity someone may not see
 * is `not_found` to them (no hint that it exists); a visible one they may not change is 403.
 * The buurtkaart is read by every member and edited by managers; newsletters are the
 * managers' alone (a newsletter is `not_found` to everyone else).
 */
export function activitiesAccess(world: AccessWorld): AccessArea<keyof ActivitiesClientEvents> {
  const clock = systemClock;
  const project = () => world.project.id;
  const member = (p: Principal) => world.who.get(p);
  const each = <T>(make: (principal: Principal, index: number) => Promise<T>) =>
    Promise.all(principals.map((p, i) => make(p, i)));

  async function make(
    by: Principal,
    fields: Partial<z.input<typeof createActivitySchema>> = {},
  ): Promise<Activity> {
    const now = clock.now();
    const input = createActivitySchema.parse({
      projectId: project(),
      title: 'Toegangsdiner',
      start: localAt(now, 7, 18),
      end: localAt(now, 7, 21),
      publish: true,
      ...fields,
    });
    return presentActivity(
      (await createActivity(world.db, clock, member(by)!.userId, input)).activity,
    );
  }
  const task = [{ title: 'Koken', slots: 20 }];

  // Filled in `setup`.
  let open: Activity;
  let membersOnly: Activity;
  let draft: Activity;
  let proposal: Activity;
  let published: Activity;
  let forTasks: Activity;
  let publishDrafts: Activity[];
  let cancelPublished: Activity[];
  let cancelProposals: Activity[];
  let httpOffers: Activity[];
  let socketOffers: Activity[];
  let draftTaskIds: string[];
  let publishedTaskIds: string[];
  let feedToken: string;
  let renewedToken: string;
  let newsletterId: string;
  let postNewsletterIds: string[];

  /**
   * An activity with one place where `principal` (when they may take part) has been offered
   * the place: someone else took it, `principal` waited, the other withdrew.
   */
  async function offeredTo(principal: Principal, filler: string): Promise<Activity> {
    const activity = await make('coordinator', { capacity: 1 });
    const who = member(principal);
    if (!who || !exceptCorporation.includes(principal)) return activity;
    await signUp(world.db, clock, { activityId: activity.id, userId: filler, guests: 0 });
    await signUp(world.db, clock, { activityId: activity.id, userId: who.userId, guests: 0 });
    await withdraw(world.db, clock, { activityId: activity.id, userId: filler });
    return activity;
  }

  async function tasksOf(activity: Activity): Promise<string[]> {
    const rows = await world.db
      .insert(volunteerTasks)
      .values(
        principals.map((p) => ({
          activityId: activity.id,
          title: `Taak ${p}`,
          slots: 2,
          createdAt: clock.now(),
        })),
      )
      .returning({ id: volunteerTasks.id });
    return rows.map((r) => r.id);
  }

  const setup = async () => {
    open = await make('coordinator', { tasks: task });
    membersOnly = await make('coordinator', { openToNeighbours: false, tasks: task });
    draft = await make('coordinator', { publish: false, tasks: task });
    proposal = await make('resident');
    published = await make('coordinator');
    forTasks = await make('coordinator');
    publishDrafts = await each(() => make('coordinator', { publish: false }));
    cancelPublished = await each(() => make('coordinator'));
    cancelProposals = await each(() => make('resident'));
    const filler = (await buildMember(world.db, project(), 'resident', 'Plaatsvuller')).userId;
    httpOffers = [];
    socketOffers = [];
    for (const p of principals) {
      httpOffers.push(await offeredTo(p, filler));
      socketOffers.push(await offeredTo(p, filler));
    }
    draftTaskIds = await tasksOf(await make('coordinator', { publish: false }));
    publishedTaskIds = await tasksOf(await make('coordinator'));
    // A calendar link of its own, so renewing the callers' links leaves it alone.
    const owner = await buildMember(world.db, project(), 'resident', 'Kalenderhouder');
    renewedToken = (await renewFeed(world.db, clock.now(), owner.userId, project(), 'project'))
      .token;
    feedToken = (await renewFeed(world.db, clock.now(), owner.userId, project(), 'project')).token;
    const coordinatorId = member('coordinator')!.userId;
    newsletterId = (await draftNewsletter(world.db, clock, coordinatorId, project())).id;
    postNewsletterIds = [];
    for (const _ of principals)
      postNewsletterIds.push((await draftNewsletter(world.db, clock, coordinatorId, project())).id);
  };

  const q = (path: string, extra = '') => `${path}?projectId=${project()}${extra}`;
  const today = () => new Date().toISOString().slice(0, 10);

  const routes: RouteCase[] = [
    // Calendar feeds: calendar apps have no session, so the secret in the link is the key.
    {
      route: 'GET /api/activities/feed/:file',
      name: 'a secret calendar link (the token in the URL is the permission: no session needed)',
      allowed: everyone,
      call: (c) => c.get(`/api/activities/feed/${feedToken}.ics`),
    },
    {
      route: 'GET /api/activities/feed/:file',
      name: 'a renewed (revoked) calendar link: not_found for everyone, signed in or not',
      allowed: everyone,
      ok: 404,
      call: (c) => c.get(`/api/activities/feed/${renewedToken}.ics`),
    },
    {
      route: 'GET /api/activities/feed/:file',
      name: 'an unknown calendar link: not_found for everyone, signed in or not',
      allowed: everyone,
      ok: 404,
      call: (c) => c.get(`/api/activities/feed/${'x'.repeat(43)}.ics`),
    },

    // The board and the project's settings.
    {
      route: 'GET /api/activities',
      name: 'the activity board (members; the corporation gets an empty board)',
      allowed: everyMember,
      call: (c) => c.get(q('/api/activities')),
    },
    {
      route: 'GET /api/activities',
      name: 'the past activities',
      allowed: everyMember,
      call: (c) => c.get(q('/api/activities', '&when=past')),
    },
    {
      route: 'POST /api/activities',
      name: 'create (managers) or propose (residents); not outside neighbours, not the corporation',
      allowed: ['resident', ...managers],
      ok: 201,
      call: (c, i) =>
        c.post('/api/activities', {
          projectId: project(),
          title: `Nieuw ${i}`,
          start: localAt(new Date(), 9, 14),
          end: localAt(new Date(), 9, 16),
          publish: true,
        }),
    },
    {
      route: 'GET /api/activities/settings',
      name: 'read the reminder and offer settings (members)',
      allowed: everyMember,
      call: (c) => c.get(q('/api/activities/settings')),
    },
    {
      route: 'PUT /api/activities/settings',
      name: 'change the reminder and offer settings (managers)',
      allowed: managers,
      call: (c) =>
        c.request('PUT', q('/api/activities/settings'), {
          reminderHoursBefore: 24,
          offerHours: 24,
        }),
    },
    {
      route: 'GET /api/activities/participation',
      name: 'participation numbers (managers)',
      allowed: managers,
      call: (c) => c.get(q('/api/activities/participation', `&from=2025-01-01&to=${today()}`)),
    },
    {
      route: 'GET /api/activities/participation',
      name: 'participation numbers as CSV (managers)',
      allowed: managers,
      call: (c) =>
        c.get(q('/api/activities/participation', `&from=2025-01-01&to=${today()}&format=csv`)),
    },

    // Interests are private: everyone reads and changes only their own.
    {
      route: 'GET /api/activities/interests',
      name: 'own interests (members)',
      allowed: everyMember,
      call: (c) => c.get(q('/api/activities/interests')),
    },
    {
      route: 'PUT /api/activities/interests',
      name: 'change own interests (members)',
      allowed: everyMember,
      call: (c) =>
        c.request('PUT', '/api/activities/interests', { projectId: project(), tags: ['cooking'] }),
    },
    {
      route: 'GET /api/activities/interest-count',
      name: 'how many share an interest, a count only (managers)',
      allowed: managers,
      call: (c) => c.get(q('/api/activities/interest-count', '&tags=cooking,walking')),
    },

    // Own calendar links.
    {
      route: 'GET /api/activities/calendar',
      name: 'which calendar links one has (members)',
      allowed: everyMember,
      call: (c) => c.get(q('/api/activities/calendar')),
    },
    {
      route: 'POST /api/activities/calendar',
      name: 'make or renew an own calendar link (everyone who takes part)',
      allowed: exceptCorporation,
      ok: 201,
      call: (c) => c.post('/api/activities/calendar', { projectId: project(), scope: 'personal' }),
    },

    // One activity, per kind of record.
    {
      route: 'GET /api/activities/:activityId',
      name: 'an open activity (hidden from the corporation and outsiders: 404)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c) => c.get(`/api/activities/${open.id}`),
    },
    {
      route: 'GET /api/activities/:activityId',
      name: 'a members-only activity (hidden from outside neighbours too: 404)',
      allowed: members,
      denied: 404,
      call: (c) => c.get(`/api/activities/${membersOnly.id}`),
    },
    {
      route: 'GET /api/activities/:activityId',
      name: 'a draft (managers only; hidden from everyone else: 404)',
      allowed: managers,
      denied: 404,
      call: (c) => c.get(`/api/activities/${draft.id}`),
    },
    {
      route: 'GET /api/activities/:activityId',
      name: "a resident's proposal (its proposer and managers; hidden from others: 404)",
      allowed: ['resident', ...managers],
      denied: 404,
      call: (c) => c.get(`/api/activities/${proposal.id}`),
    },
    {
      route: 'GET /api/activities/:activityId/ics',
      name: 'an open activity as .ics (a session is needed: the id is no secret)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c) => c.get(`/api/activities/${open.id}/ics`),
    },
    {
      route: 'GET /api/activities/:activityId/ics',
      name: 'a members-only activity as .ics (hidden from outside neighbours: 404)',
      allowed: members,
      denied: 404,
      call: (c) => c.get(`/api/activities/${membersOnly.id}/ics`),
    },
    {
      route: 'GET /api/activities/:activityId/ics',
      name: 'a draft as .ics (managers only; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c) => c.get(`/api/activities/${draft.id}/ics`),
    },
    seenOrHidden(
      {
        route: 'PATCH /api/activities/:activityId',
        name: 'edit a published activity (managers; 403 for who sees it, 404 for who does not)',
        allowed: managers,
        call: (c) => c.patch(`/api/activities/${published.id}`, { place: 'De huiskamer' }),
      },
      outside,
    ),
    {
      route: 'PATCH /api/activities/:activityId',
      name: 'edit a draft (managers; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c) => c.patch(`/api/activities/${draft.id}`, { place: 'De huiskamer' }),
    },
    {
      route: 'PATCH /api/activities/:activityId',
      name: "edit a resident's proposal (its proposer and managers; 404 for everyone else)",
      allowed: ['resident', ...managers],
      denied: 404,
      call: (c) => c.patch(`/api/activities/${proposal.id}`, { place: 'De tuin' }),
    },
    {
      route: 'POST /api/activities/:activityId/publish',
      name: 'publish a draft (managers; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c, i) => c.post(`/api/activities/${publishDrafts[i]!.id}/publish`),
    },
    seenOrHidden(
      {
        route: 'POST /api/activities/:activityId/publish',
        name: 'publish a published activity again (managers; 403 for who sees it, else 404)',
        allowed: managers,
        call: (c) => c.post(`/api/activities/${published.id}/publish`),
      },
      outside,
    ),
    seenOrHidden(
      {
        route: 'POST /api/activities/:activityId/cancel',
        name: 'cancel a published activity (managers; 403 for who sees it, else 404)',
        allowed: managers,
        call: (c, i) =>
          c.post(`/api/activities/${cancelPublished[i]!.id}/cancel`, { reason: 'Ziek' }),
      },
      outside,
    ),
    {
      route: 'POST /api/activities/:activityId/cancel',
      name: "withdraw a resident's proposal (its proposer and managers; 404 for everyone else)",
      allowed: ['resident', ...managers],
      denied: 404,
      call: (c, i) => c.post(`/api/activities/${cancelProposals[i]!.id}/cancel`, {}),
    },

    // Signing up, withdrawing, answering an offered place.
    {
      route: 'POST /api/activities/:activityId/signup',
      name: 'sign up for an open activity (everyone who takes part; 404 for who may not see it)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c) => c.post(`/api/activities/${open.id}/signup`, { guests: 1 }),
    },
    {
      route: 'POST /api/activities/:activityId/signup',
      name: 'sign up for a members-only activity (not outside neighbours: 404)',
      allowed: members,
      denied: 404,
      call: (c) => c.post(`/api/activities/${membersOnly.id}/signup`, { guests: 0 }),
    },
    {
      route: 'POST /api/activities/:activityId/withdraw',
      name: 'withdraw from an open activity (404 for who may not see it, never its seats)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c) => c.post(`/api/activities/${open.id}/withdraw`),
    },
    {
      route: 'POST /api/activities/:activityId/withdraw',
      name: 'withdraw from a members-only activity (outside neighbours: 404)',
      allowed: members,
      denied: 404,
      call: (c) => c.post(`/api/activities/${membersOnly.id}/withdraw`),
    },
    {
      route: 'POST /api/activities/:activityId/withdraw',
      name: 'withdraw from a draft (managers see it; 404 for everyone else, never its seats)',
      allowed: managers,
      denied: 404,
      call: (c) => c.post(`/api/activities/${draft.id}/withdraw`),
    },
    {
      route: 'POST /api/activities/:activityId/offer',
      name: 'accept a place offered to oneself (404 for who may not see the activity)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c, i) => c.post(`/api/activities/${httpOffers[i]!.id}/offer`, { accept: true }),
    },
    seenOrHidden(
      {
        route: 'GET /api/activities/:activityId/signups',
        name: 'who is coming (managers; 403 for who sees the activity, else 404)',
        allowed: managers,
        call: (c) => c.get(`/api/activities/${open.id}/signups`),
      },
      outside,
    ),
    {
      route: 'GET /api/activities/:activityId/signups',
      name: 'who is coming to a draft (managers; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c) => c.get(`/api/activities/${draft.id}/signups`),
    },

    // Volunteer tasks.
    seenOrHidden(
      {
        route: 'POST /api/activities/:activityId/tasks',
        name: 'add a task to a published activity (managers; 403 for who sees it, else 404)',
        allowed: managers,
        ok: 201,
        call: (c, i) =>
          c.post(`/api/activities/${forTasks.id}/tasks`, { title: `Opruimen ${i}`, slots: 2 }),
      },
      outside,
    ),
    {
      route: 'POST /api/activities/:activityId/tasks',
      name: 'add a task to a draft (managers; 404 for everyone else)',
      allowed: managers,
      ok: 201,
      denied: 404,
      call: (c, i) =>
        c.post(`/api/activities/${draft.id}/tasks`, { title: `Klaarzetten ${i}`, slots: 2 }),
    },
    seenOrHidden(
      {
        route: 'POST /api/activities/:activityId/volunteer-call',
        name: 'let Buurtbot call for volunteers (managers; 403 for who sees it, else 404)',
        allowed: managers,
        call: (c) => c.post(`/api/activities/${open.id}/volunteer-call`),
      },
      outside,
    ),
    {
      route: 'POST /api/activities/tasks/:taskId/volunteer',
      name: 'volunteer for a task of an open activity (404 for who may not see it)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c) => c.post(`/api/activities/tasks/${open.tasks[0]!.id}/volunteer`),
    },
    {
      route: 'POST /api/activities/tasks/:taskId/volunteer',
      name: 'volunteer for a task of a members-only activity (outside neighbours: 404)',
      allowed: members,
      denied: 404,
      call: (c) => c.post(`/api/activities/tasks/${membersOnly.tasks[0]!.id}/volunteer`),
    },
    {
      route: 'DELETE /api/activities/tasks/:taskId/volunteer',
      name: 'stop volunteering (own place only; 404 for who may not see the activity)',
      allowed: exceptCorporation,
      denied: 404,
      call: (c) => c.delete(`/api/activities/tasks/${open.tasks[0]!.id}/volunteer`),
    },
    {
      route: 'DELETE /api/activities/tasks/:taskId/volunteer',
      name: 'stop volunteering for a task of a draft (managers see it; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c) => c.delete(`/api/activities/tasks/${draft.tasks[0]!.id}/volunteer`),
    },
    seenOrHidden(
      {
        route: 'DELETE /api/activities/tasks/:taskId',
        name: 'remove a task of a published activity (managers; 403 for who sees it, else 404)',
        allowed: managers,
        call: (c, i) => c.delete(`/api/activities/tasks/${publishedTaskIds[i]}`),
      },
      outside,
    ),
    {
      route: 'DELETE /api/activities/tasks/:taskId',
      name: 'remove a task of a draft (managers; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c, i) => c.delete(`/api/activities/tasks/${draftTaskIds[i]}`),
    },

    // The buurtkaart.
    {
      route: 'GET /api/card/:projectId',
      name: 'the buurtkaart (every member, the corporation too)',
      allowed: everyMember,
      call: (c) => c.get(`/api/card/${project()}`),
    },
    {
      route: 'PUT /api/card/:projectId',
      name: 'edit the buurtkaart (managers)',
      allowed: managers,
      call: (c) =>
        c.request('PUT', `/api/card/${project()}`, {
          contacts: [{ kind: 'repairs', name: 'Reparatielijn', phone: '088 123 4567' }],
          tips: ['Bel bij lekkage eerst de reparatielijn.'],
        }),
    },

    // The newsletter.
    {
      route: 'GET /api/newsletters',
      name: 'the newsletters (managers)',
      allowed: managers,
      call: (c) => c.get(q('/api/newsletters')),
    },
    {
      route: 'POST /api/newsletters',
      name: 'draft a newsletter (managers)',
      allowed: managers,
      ok: 201,
      call: (c) => c.post('/api/newsletters', { projectId: project() }),
    },
    {
      route: 'PATCH /api/newsletters/:newsletterId',
      name: 'edit a draft newsletter (managers; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c) =>
        c.patch(`/api/newsletters/${newsletterId}`, {
          title: 'Nieuwsbrief van de week',
          body: 'Tot zaterdag!',
        }),
    },
    {
      route: 'POST /api/newsletters/:newsletterId/post',
      name: 'post a newsletter in the common room (managers; 404 for everyone else)',
      allowed: managers,
      denied: 404,
      call: (c, i) => c.post(`/api/newsletters/${postNewsletterIds[i]}/post`),
    },
  ];

  const notFound = (c: Omit<EventCase, 'denied'>): EventCase => ({ ...c, denied: 'not_found' });
  const events: AccessArea<keyof ActivitiesClientEvents>['events'] = {
    'activity:watch': [
      {
        name: 'watch the board of the own project (the corporation joins no activity room)',
        allowed: everyMember,
        payload: () => ({ projectId: world.project.id }),
      },
      {
        name: 'watch the board of another project (only its own members)',
        allowed: ['otherProject'],
        payload: () => ({ projectId: world.elsewhere.id }),
      },
    ],
    'activity:signup': [
      notFound({
        name: 'sign up for an open activity (not_found for who may not see it)',
        allowed: exceptCorporation,
        payload: () => ({ activityId: open.id, guests: 0 }),
      }),
      notFound({
        name: 'sign up for a members-only activity (outside neighbours: not_found)',
        allowed: members,
        payload: () => ({ activityId: membersOnly.id }),
      }),
    ],
    'activity:withdraw': [
      notFound({
        name: 'withdraw from an open activity (not_found for who may not see it)',
        allowed: exceptCorporation,
        payload: () => ({ activityId: open.id }),
      }),
      notFound({
        name: 'withdraw from a draft (managers see it; not_found for everyone else)',
        allowed: managers,
        payload: () => ({ activityId: draft.id }),
      }),
    ],
    'activity:respond': [
      notFound({
        name: 'decline a place offered to oneself (not_found for who may not see the activity)',
        allowed: exceptCorporation,
        payload: (i) => ({ activityId: socketOffers[i]!.id, accept: false }),
      }),
    ],
  };

  return { setup, routes, events };
}
