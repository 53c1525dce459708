import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { alerts, concerns, corporationCases } from '../../../db/schema';
import { systemClock } from '../../../server/clock';
import { answerConsent, requestConsent } from '../../../server/domain/concerns/consent';
import { moveConcern } from '../../../server/domain/concerns/moves';
import { addNote } from '../../../server/domain/concerns/notes';
import { createConcern } from '../../../server/domain/concerns/report';
import { addShift } from '../../../server/domain/concerns/rota';
import type { ConcernClientEvents, LadderStep } from '../../../server/protocol/concerns';
import { buildUnit, placeInUnit } from '../../support/concerns';
import { buildMember, type TestMember } from '../../support/factories';
import {
  everyMember,
  principals,
  staffOnly,
  type AccessArea,
  type AccessWorld,
  type Client,
  type EventCase,
  type Principal,
  type RouteCase,
} from './table';

/**
 * Neighbour concerns, care signals and the escalation ladder (DOMAIN.md, issue 4). Privacy is
 * the point of these rows:
 * - residents, outside neighbours and the association report; a reporter sees only their own
 *   concerns, in the reporter's view (no staff notes, flags, alerts or who it is about);
 * - staff (begeleider, admin) see and steer every concern of the project, and only they see
 *   notes, alerts, the rota, the settings and the Living Lab numbers;
 * - the corporation sees only the cases handed to it, and nothing of the concerns themselves;
 * - anyone else learns nothing about a concern or alert, not even that it exists: 404.
 *
 * A few answers differ per caller in a way one row cannot say (a reporter who may not take a
 * staff action on their own concern gets 403, where a caller who does not know the concern
 * gets 404); those rows assert that answer for the reporter or staff inside `call`.
 */
export function concernsAccess(world: AccessWorld): AccessArea<keyof ConcernClientEvents> {
  const clock = systemClock;
  const reporters: Principal[] = ['resident', 'neighbour', 'coordinator'];
  /** Staff and the concern's reporter (the resident). */
  const staffAndReporter: Principal[] = ['resident', 'staff', 'admin'];
  const NO_ID = '00000000-0000-4000-8000-000000000000';
  const statsQuery = '?from=2026-01-01&to=2026-12-31';

  /** A resident who is none of the callers: their concerns are nobody's but staff's business. */
  let bystander: TestMember;
  const r = {} as {
    /** The resident's own concern, with a staff note on it. */
    ownWithNote: string;
    note: string;
    /** A bystander's concern at begeleiding (with an alert). */
    bystanders: string;
    /** A concern in the other project (for staff, who may not act as its reporter). */
    elsewhere: string;
    /** Per caller: the resident's concerns at intake (each caller changes its own). */
    ownIntake: string[];
    ownIntakeSocket: string[];
    ownWithdraw: string[];
    ownWithdrawSocket: string[];
    /** Per caller: a bystander's concerns at intake, at begeleiding. */
    theirsIntake: string[];
    theirsIntakeSocket: string[];
    theirsClaim: string[];
    theirsClaimSocket: string[];
    theirsResolve: string[];
    theirsResolveSocket: string[];
    theirsMediation: string[];
    theirsMediationSocket: string[];
    /** Per caller: the resident's concerns waiting for their consent. */
    consentAsked: string[];
    consentAskedSocket: string[];
    /** Per caller and action: open alerts. */
    alerts: Record<'claim' | 'acknowledge' | 'resolve', string[]>;
    alertsSocket: Record<'claim' | 'acknowledge' | 'resolve', string[]>;
    /** A case handed to the corporation (anonymous), and a concern that was not. */
    caseId: string;
    notHandedOver: string;
    shift: string;
    shifts: string[];
  };

  const projectId = () => world.project.id;
  const member = (p: Principal) => world.who.get(p)!;

  async function report(
    reporter: TestMember,
    projectOf = projectId(),
    unitLabel?: string,
  ): Promise<string> {
    return world.db.transaction(async (tx) => {
      const { concern } = await createConcern(tx, clock, {
        projectId: projectOf,
        reporterId: reporter.userId,
        reporterRole: 'resident',
        ref: `acl-${randomUUID()}`,
        source: 'web',
        category: 'noise',
        description: 'Elke nacht harde muziek tot drie uur',
        unitLabel,
      });
      return concern.id;
    });
  }

  async function move(concernId: string, to: LadderStep, reporter: TestMember) {
    await world.db.transaction((tx) =>
      moveConcern(tx, clock, { concernId, to, actor: 'reporter', actorId: reporter.userId }),
    );
  }

  /** A record per caller who may change it; the callers who may not share one. */
  async function perCaller(allowed: Principal[], make: () => Promise<string>): Promise<string[]> {
    const shared = await make();
    const ids: string[] = [];
    for (const p of principals) ids.push(allowed.includes(p) ? await make() : shared);
    return ids;
  }

  const atBegeleiding = async (reporter: TestMember) => {
    const id = await report(reporter);
    await move(id, 'begeleiding', reporter);
    return id;
  };
  const inMediation = async () => {
    const id = await report(bystander, projectId(), '12');
    await move(id, 'bemiddeling', bystander);
    return id;
  };
  const consentAsked = async () => {
    const resident = member('resident');
    const id = await atBegeleiding(resident);
    await world.db.transaction((tx) =>
      requestConsent(tx, clock, { concernId: id, staffId: member('staff').userId }),
    );
    return id;
  };
  const alertOf = async (concernId: string) => {
    const [row] = await world.db
      .select({ id: alerts.id })
      .from(alerts)
      .where(eq(alerts.concernId, concernId));
    if (!row) throw new Error('no alert for the concern');
    return row.id;
  };
  const newAlert = async () => alertOf(await atBegeleiding(bystander));
  const newShift = async () =>
    (
      await addShift(world.db, {
        projectId: projectId(),
        staffUserId: member('staff').userId,
        startsAt: new Date('2026-12-01T08:00:00Z'),
        endsAt: new Date('2026-12-01T20:00:00Z'),
        createdById: member('admin').userId,
        now: new Date(),
      })
    ).id;

  async function setup() {
    const db = world.db;
    bystander = await buildMember(db, projectId(), 'resident', 'Melder Elders');
    // Lives at 12, the home the mediation concerns are about.
    const neighbourAt12 = await buildMember(db, projectId(), 'resident', 'Bewoner Twaalf');
    await placeInUnit(
      db,
      projectId(),
      neighbourAt12.userId,
      await buildUnit(db, projectId(), '12'),
    );
    const resident = member('resident');

    r.ownWithNote = await report(resident);
    r.note = 'Vertrouwelijke notitie van de begeleider';
    await db.transaction((tx) =>
      addNote(tx, clock, {
        concernId: r.ownWithNote,
        authorId: member('staff').userId,
        clientId: 'acl-note',
        body: r.note,
      }),
    );
    r.bystanders = await atBegeleiding(bystander);
    const otherReporter = await buildMember(db, world.elsewhere.id, 'resident', 'Elders');
    r.elsewhere = await report(otherReporter, world.elsewhere.id);

    r.ownIntake = await perCaller(staffAndReporter, () => report(resident));
    r.ownIntakeSocket = await perCaller(staffAndReporter, () => report(resident));
    r.ownWithdraw = await perCaller(staffAndReporter, () => report(resident));
    r.ownWithdrawSocket = await perCaller(staffAndReporter, () => report(resident));
    r.theirsIntake = await perCaller(staffOnly, () => report(bystander));
    r.theirsIntakeSocket = await perCaller(staffOnly, () => report(bystander));
    r.theirsClaim = await perCaller(staffOnly, () => report(bystander));
    r.theirsClaimSocket = await perCaller(staffOnly, () => report(bystander));
    r.theirsResolve = await perCaller(staffOnly, () => report(bystander));
    r.theirsResolveSocket = await perCaller(staffOnly, () => report(bystander));
    r.theirsMediation = await perCaller(staffOnly, inMediation);
    r.theirsMediationSocket = await perCaller(staffOnly, inMediation);
    r.consentAsked = await perCaller(['resident'], consentAsked);
    r.consentAskedSocket = await perCaller(['resident'], consentAsked);
    r.alerts = { claim: [], acknowledge: [], resolve: [] };
    r.alertsSocket = { claim: [], acknowledge: [], resolve: [] };
    for (const action of ['claim', 'acknowledge', 'resolve'] as const) {
      r.alerts[action] = await perCaller(staffOnly, newAlert);
      r.alertsSocket[action] = await perCaller(staffOnly, newAlert);
    }

    // A case handed to the corporation with the reporter's consent (anonymous).
    const handed = await consentAsked();
    await db.transaction((tx) =>
      answerConsent(tx, clock, { concernId: handed, userId: resident.userId, answer: 'anonymous' }),
    );
    const [kase] = await db
      .select({ id: corporationCases.id })
      .from(corporationCases)
      .where(eq(corporationCases.concernId, handed));
    if (!kase) throw new Error('the concern was not handed to the corporation');
    r.caseId = kase.id;
    r.notHandedOver = r.bystanders;

    r.shift = await newShift();
    r.shifts = await perCaller(staffOnly, newShift);
  }

  const at = (i: number) => principals[i]!;
  const concernPath = (id: string, suffix = '') => `/api/concerns/${id}${suffix}`;

  /** The reporter's view carries nothing staff-only. */
  function expectReporterView(view: Record<string, unknown>) {
    expect(view.view).toBe('reporter');
    for (const key of ['notes', 'flags', 'reporter', 'targetUser', 'handler', 'alerts', 'audit'])
      expect(view, `the reporter's view has no ${key}`).not.toHaveProperty(key);
  }

  /**
   * A staff action on the caller's own concern: its reporter knows it exists, so the refusal is
   * 403 (asserted here for the resident before the row's own call).
   */
  async function reporterRefused(
    c: Client,
    i: number,
    request: (c: Client, own: string) => ReturnType<Client['get']>,
  ) {
    if (at(i) !== 'resident') return;
    const response = await request(c, r.ownWithNote);
    expect(response.status, 'its reporter may not take a staff action').toBe(403);
    expect(response.json.error?.code).toBe('forbidden');
  }

  const routes: RouteCase[] = [
    {
      route: 'POST /api/projects/:projectId/concerns',
      name: 'report a concern: residents, outside neighbours and the association',
      allowed: reporters,
      ok: 201,
      call: async (c, i) => {
        const response = await c.post(`/api/projects/${projectId()}/concerns`, {
          clientId: `acl-http-${i}`,
          category: 'noise',
          description: 'Elke nacht harde muziek tot drie uur',
        });
        if (response.status === 201) expectReporterView(response.json);
        return response;
      },
    },
    {
      route: 'GET /api/projects/:projectId/concerns',
      name: 'the staff feed',
      allowed: staffOnly,
      call: async (c) => {
        const response = await c.get(`/api/projects/${projectId()}/concerns`);
        if (response.status === 200) {
          const ids = (response.json.concerns as { id: string }[]).map((x) => x.id);
          expect(ids).toContain(r.bystanders);
        }
        return response;
      },
    },
    {
      route: 'GET /api/projects/:projectId/concerns/mine',
      name: 'own concerns: every member, and only their own',
      allowed: everyMember,
      call: async (c, _i, who) => {
        const response = await c.get(`/api/projects/${projectId()}/concerns/mine`);
        if (response.status === 200) {
          const list = response.json.concerns as Record<string, unknown>[];
          const own = await world.db
            .select({ id: concerns.id })
            .from(concerns)
            .where(eq(concerns.reporterId, who!.userId));
          expect(new Set(list.map((x) => x.id))).toEqual(new Set(own.map((x) => x.id)));
          list.forEach(expectReporterView);
        }
        return response;
      },
    },
    {
      route: 'GET /api/projects/:projectId/concerns/stats',
      name: 'Living Lab numbers',
      allowed: staffOnly,
      call: (c) => c.get(`/api/projects/${projectId()}/concerns/stats${statsQuery}`),
    },
    {
      route: 'GET /api/projects/:projectId/concerns/stats.csv',
      name: 'Living Lab numbers as CSV',
      allowed: staffOnly,
      call: (c) => c.get(`/api/projects/${projectId()}/concerns/stats.csv${statsQuery}`),
    },
    {
      route: 'GET /api/projects/:projectId/rota',
      name: 'the on-call rota',
      allowed: staffOnly,
      call: (c) => c.get(`/api/projects/${projectId()}/rota`),
    },
    {
      route: 'POST /api/projects/:projectId/rota',
      name: 'add an on-call shift',
      allowed: staffOnly,
      ok: 201,
      call: (c, i) =>
        c.post(`/api/projects/${projectId()}/rota`, {
          staffUserId: member('staff').userId,
          startsAt: `2026-12-${String(i + 2).padStart(2, '0')}T08:00:00Z`,
          endsAt: `2026-12-${String(i + 2).padStart(2, '0')}T20:00:00Z`,
        }),
    },
    {
      route: 'PATCH /api/projects/:projectId/rota/:shiftId',
      name: 'change an on-call shift',
      allowed: staffOnly,
      call: (c, i) =>
        c.patch(`/api/projects/${projectId()}/rota/${r.shift}`, { note: `Dienst ${i}` }),
    },
    {
      route: 'DELETE /api/projects/:projectId/rota/:shiftId',
      name: 'remove an on-call shift',
      allowed: staffOnly,
      call: (c, i) => c.delete(`/api/projects/${projectId()}/rota/${r.shifts[i]}`),
    },
    {
      route: 'GET /api/projects/:projectId/concern-settings',
      name: 'the concern timers',
      allowed: staffOnly,
      call: (c) => c.get(`/api/projects/${projectId()}/concern-settings`),
    },
    {
      route: 'PATCH /api/projects/:projectId/concern-settings',
      name: 'change the concern timers',
      allowed: staffOnly,
      call: (c) => c.patch(`/api/projects/${projectId()}/concern-settings`, { followupDays: 5 }),
    },
    {
      route: 'GET /api/projects/:projectId/corporation/cases',
      name: 'cases handed to the corporation: the corporation only, and only those cases',
      allowed: ['corporation'],
      call: async (c) => {
        const response = await c.get(`/api/projects/${projectId()}/corporation/cases`);
        if (response.status === 200) {
          const cases = response.json.cases as Record<string, unknown>[];
          expect(cases.map((x) => x.id)).toEqual([r.caseId]);
          const [anonymous] = cases;
          // Anonymous consent: no name, no conversation, no way back to the concern or people.
          expect(anonymous).toMatchObject({ scope: 'anonymous', reporterName: null, thread: [] });
          for (const key of ['concernId', 'reporterId', 'threadChannelId', 'notes', 'flags'])
            expect(anonymous).not.toHaveProperty(key);
        }
        return response;
      },
    },
    {
      route: 'POST /api/projects/:projectId/corporation/cases/:caseId/updates',
      name: 'a status update on a handed-over case: the corporation only',
      allowed: ['corporation'],
      ok: 201,
      call: (c) =>
        c.post(`/api/projects/${projectId()}/corporation/cases/${r.caseId}/updates`, {
          status: 'in_progress',
          body: 'We kijken ernaar',
        }),
    },
    {
      route: 'GET /api/concerns/:concernId',
      name: "the resident's own concern: its reporter (reporter's view, no notes) and staff; 404 for the rest",
      allowed: staffAndReporter,
      denied: 404,
      call: async (c, i) => {
        const response = await c.get(concernPath(r.ownWithNote));
        if (response.status === 200) {
          if (at(i) === 'resident') {
            expectReporterView(response.json);
            expect(JSON.stringify(response.json)).not.toContain(r.note);
          } else {
            expect((response.json.concern as { view: string }).view).toBe('staff');
            expect(JSON.stringify(response.json.notes)).toContain(r.note);
          }
        }
        return response;
      },
    },
    {
      route: 'GET /api/concerns/:concernId',
      name: "someone else's concern: staff only; 404 for the rest (they may not know it exists)",
      allowed: staffOnly,
      denied: 404,
      call: (c) => c.get(concernPath(r.bystanders)),
    },
    {
      route: 'POST /api/concerns/:concernId/moves',
      name: 'own concern to tips (zelf): its reporter and staff; 404 for the rest',
      allowed: staffAndReporter,
      denied: 404,
      call: (c, i) => c.post(concernPath(r.ownIntake[i]!, '/moves'), { to: 'zelf' }),
    },
    {
      route: 'POST /api/concerns/:concernId/moves',
      name: "someone else's concern to tips (zelf): staff only; 404 for the rest",
      allowed: staffOnly,
      denied: 404,
      call: (c, i) => c.post(concernPath(r.theirsIntake[i]!, '/moves'), { to: 'zelf' }),
    },
    {
      route: 'POST /api/concerns/:concernId/claim',
      name: 'claim a concern: staff only; 404 for the rest (its reporter: 403, checked inside)',
      allowed: staffOnly,
      denied: 404,
      call: async (c, i) => {
        await reporterRefused(c, i, (cc, own) => cc.post(concernPath(own, '/claim')));
        return c.post(concernPath(r.theirsClaim[i]!, '/claim'));
      },
    },
    {
      route: 'POST /api/concerns/:concernId/notes',
      name: 'a staff note: staff only; 404 for the rest (its reporter: 403, checked inside)',
      allowed: staffOnly,
      denied: 404,
      ok: 201,
      call: async (c, i) => {
        const note = { clientId: `acl-note-${i}`, body: 'Gebeld met de melder' };
        await reporterRefused(c, i, (cc, own) => cc.post(concernPath(own, '/notes'), note));
        return c.post(concernPath(r.bystanders, '/notes'), note);
      },
    },
    {
      route: 'POST /api/concerns/:concernId/resolve',
      name: 'withdraw own concern: its reporter and staff; 404 for the rest',
      allowed: staffAndReporter,
      denied: 404,
      call: (c, i) =>
        c.post(concernPath(r.ownWithdraw[i]!, '/resolve'), {
          outcome: at(i) === 'resident' ? 'withdrawn' : 'solved_support',
        }),
    },
    {
      route: 'POST /api/concerns/:concernId/resolve',
      name: "close someone else's concern: staff only; 404 for the rest",
      allowed: staffOnly,
      denied: 404,
      call: (c, i) =>
        c.post(concernPath(r.theirsResolve[i]!, '/resolve'), { outcome: 'solved_support' }),
    },
    {
      route: 'POST /api/concerns/:concernId/consent-request',
      name: 'ask the reporter for consent: staff only; 404 for the rest (its reporter: 403, checked inside)',
      allowed: staffOnly,
      denied: 404,
      call: async (c, i) => {
        if (at(i) === 'resident') {
          const own = await c.post(concernPath(r.consentAsked[0]!, '/consent-request'));
          expect(own.status, 'its reporter may not ask themselves').toBe(403);
        }
        return c.post(concernPath(r.bystanders, '/consent-request'));
      },
    },
    {
      route: 'POST /api/concerns/:concernId/consent',
      name: 'answer the consent question: its reporter only; 404 for the rest (staff: 403 on it, checked inside, then a concern of another project)',
      allowed: ['resident'],
      denied: 404,
      call: async (c, i) => {
        const answer = { answer: 'no' };
        if (staffOnly.includes(at(i))) {
          const onIt = await c.post(concernPath(r.consentAsked[i]!, '/consent'), answer);
          expect(onIt.status, 'staff may not answer for the reporter').toBe(403);
          expect(onIt.json.error?.code).toBe('forbidden');
          return c.post(concernPath(r.elsewhere, '/consent'), answer);
        }
        return c.post(concernPath(r.consentAsked[i]!, '/consent'), answer);
      },
    },
    {
      route: 'POST /api/concerns/:concernId/mediation',
      name: 'move mediation to its next phase: staff only; 404 for the rest',
      allowed: staffOnly,
      denied: 404,
      call: (c, i) =>
        c.post(concernPath(r.theirsMediation[i]!, '/mediation'), { phase: 'consent' }),
    },
    {
      route: 'PATCH /api/concerns/:concernId/target',
      name: 'say who a concern is about: staff only; 404 for the rest (its reporter: 403, checked inside)',
      allowed: staffOnly,
      denied: 404,
      call: async (c, i) => {
        await reporterRefused(c, i, (cc, own) =>
          cc.patch(concernPath(own, '/target'), { unit: '12' }),
        );
        return c.patch(concernPath(r.bystanders, '/target'), { unit: '12' });
      },
    },
    ...(['claim', 'acknowledge', 'resolve'] as const).map((action): RouteCase => ({
      route: 'POST /api/alerts/:alertId/:action{claim|acknowledge|resolve}',
      name: `${action} an alert: staff only; 404 for the rest (they may not know it exists)`,
      allowed: staffOnly,
      denied: 404,
      call: (c, i) => c.post(`/api/alerts/${r.alerts[action][i]}/${action}`),
    })),
    {
      route: 'POST /api/alerts/:alertId/:action{claim|acknowledge|resolve}',
      name: 'an alert that does not exist: 404 for everyone',
      allowed: [],
      denied: 404,
      call: (c) => c.post(`/api/alerts/${NO_ID}/claim`),
    },
  ];

  const projectRef = () => ({ projectId: projectId() });
  const notFoundForOthers = (
    name: string,
    allowed: Principal[],
    payload: EventCase['payload'],
  ): EventCase => ({ name, allowed, denied: 'not_found', payload });

  const events: Record<keyof ConcernClientEvents, EventCase[]> = {
    'concern:report': [
      {
        name: 'report a concern: residents, outside neighbours and the association',
        allowed: reporters,
        payload: (i) => ({
          ...projectRef(),
          clientId: `acl-socket-${i}`,
          category: 'noise',
          description: 'Elke nacht harde muziek tot drie uur',
        }),
      },
    ],
    'concern:mine': [
      { name: 'own concerns: every member', allowed: everyMember, payload: projectRef },
    ],
    'concern:feed': [{ name: 'the staff feed', allowed: staffOnly, payload: projectRef }],
    'concern:detail': [
      notFoundForOthers("someone else's concern in full: staff only", staffOnly, () => ({
        concernId: r.bystanders,
      })),
    ],
    'concern:move': [
      notFoundForOthers(
        'own concern to tips (zelf): its reporter and staff',
        staffAndReporter,
        (i) => ({
          concernId: r.ownIntakeSocket[i],
          to: 'zelf',
        }),
      ),
      notFoundForOthers("someone else's concern to tips (zelf): staff only", staffOnly, (i) => ({
        concernId: r.theirsIntakeSocket[i],
        to: 'zelf',
      })),
    ],
    'concern:claim': [
      notFoundForOthers('claim a concern: staff only', staffOnly, (i) => ({
        concernId: r.theirsClaimSocket[i],
      })),
    ],
    'concern:note': [
      notFoundForOthers('a staff note: staff only', staffOnly, (i) => ({
        concernId: r.bystanders,
        clientId: `acl-socket-note-${i}`,
        body: 'Langsgegaan bij de melder',
      })),
    ],
    'concern:resolve': [
      notFoundForOthers('withdraw own concern: its reporter and staff', staffAndReporter, (i) => ({
        concernId: r.ownWithdrawSocket[i],
        outcome: at(i) === 'resident' ? 'withdrawn' : 'solved_support',
      })),
      notFoundForOthers("close someone else's concern: staff only", staffOnly, (i) => ({
        concernId: r.theirsResolveSocket[i],
        outcome: 'solved_support',
      })),
    ],
    'concern:request_consent': [
      notFoundForOthers('ask the reporter for consent: staff only', staffOnly, () => ({
        concernId: r.bystanders,
      })),
    ],
    'concern:consent': [
      notFoundForOthers(
        'answer the consent question: its reporter only (staff are asked about a concern of another project; their 403 is in the HTTP row)',
        ['resident'],
        (i, p) => ({
          concernId: staffOnly.includes(p) ? r.elsewhere : r.consentAskedSocket[i],
          answer: 'no',
        }),
      ),
    ],
    'concern:mediation': [
      notFoundForOthers('move mediation to its next phase: staff only', staffOnly, (i) => ({
        concernId: r.theirsMediationSocket[i],
        phase: 'consent',
      })),
    ],
    'concern:target': [
      notFoundForOthers('say who a concern is about: staff only', staffOnly, () => ({
        concernId: r.bystanders,
        unit: '12',
      })),
    ],
    'alert:claim': [
      notFoundForOthers('claim an alert: staff only', staffOnly, (i) => ({
        alertId: r.alertsSocket.claim[i],
      })),
    ],
    'alert:acknowledge': [
      notFoundForOthers('acknowledge an alert: staff only', staffOnly, (i) => ({
        alertId: r.alertsSocket.acknowledge[i],
      })),
    ],
    'alert:resolve': [
      notFoundForOthers('resolve an alert: staff only', staffOnly, (i) => ({
        alertId: r.alertsSocket.resolve[i],
      })),
    ],
  };

  return { setup, routes, events };
}
