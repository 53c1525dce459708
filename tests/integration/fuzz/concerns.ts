import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { alerts, corporationCases } from '../../../db/schema';
import { systemClock } from '../../../server/clock';
import { answerConsent, requestConsent } from '../../../server/domain/concerns/consent';
import { moveConcern } from '../../../server/domain/concerns/moves';
import { createConcern } from '../../../server/domain/concerns/report';
import { addShift } from '../../../server/domain/concerns/rota';
import {
  chosenSteps,
  concernCategories,
  concernOutcomes,
  corporationCaseStatuses,
  frequencies,
  ladderSteps,
  mediationPhases,
  type ConcernClientEvents,
  type LadderStep,
} from '../../../server/protocol/concerns';
import { buildUnit, placeInUnit } from '../../support/concerns';
import { buildMember, type TestMember } from '../../support/factories';
import { hostileStrings, nearly } from '../../reliability/hostile';
import {
  body,
  encode,
  param,
  query,
  RUNS,
  SLOW_RUNS,
  text,
  type FuzzArea,
  type FuzzRequest,
  type FuzzWorld,
  type RouteFuzz,
  getOnProject,
} from './generators';

/**
 * Neighbour concerns, the ladder, alerts, the rota, settings and the corporation's cases: real
 * concerns at every step (intake, begeleiding with an alert, bemiddeling, waiting for consent,
 * handed to the corporation), shifts and a case, mixed with random and hostile ids and bodies.
 */
export function concernsFuzz(world: FuzzWorld): FuzzArea<keyof ConcernClientEvents> {
  const clock = systemClock;
  const ids = {
    concerns: [] as string[],
    alerts: [] as string[],
    shifts: [] as string[],
    cases: [] as string[],
    elsewhere: '',
    reporter: '',
  };

  async function report(reporter: TestMember, projectId: string, unitLabel?: string) {
    return world.db.transaction(async (tx) => {
      const { concern } = await createConcern(tx, clock, {
        projectId,
        reporterId: reporter.userId,
        reporterRole: 'resident',
        ref: `fuzz-${randomUUID()}`,
        source: 'web',
        category: 'noise',
        description: 'Elke nacht harde muziek tot drie uur',
        unitLabel,
      });
      return concern.id;
    });
  }
  const move = (concernId: string, to: LadderStep, reporter: TestMember) =>
    world.db.transaction((tx) =>
      moveConcern(tx, clock, { concernId, to, actor: 'reporter', actorId: reporter.userId }),
    );

  async function setup() {
    const { db, project } = world;
    const reporter = await buildMember(db, project.id, 'resident', 'Melder');
    const at12 = await buildMember(db, project.id, 'resident', 'Bewoner Twaalf');
    await placeInUnit(db, project.id, at12.userId, await buildUnit(db, project.id, '12'));
    ids.reporter = reporter.userId;
    const intake = await report(reporter, project.id, '12');
    const begeleiding = await report(reporter, project.id);
    await move(begeleiding, 'begeleiding', reporter);
    const mediation = await report(reporter, project.id, '12');
    await move(mediation, 'bemiddeling', reporter);
    const asked = await report(reporter, project.id);
    await move(asked, 'begeleiding', reporter);
    await db.transaction((tx) =>
      requestConsent(tx, clock, { concernId: asked, staffId: world.staff.userId }),
    );
    const handed = await report(reporter, project.id);
    await move(handed, 'begeleiding', reporter);
    await db.transaction(async (tx) => {
      await requestConsent(tx, clock, { concernId: handed, staffId: world.staff.userId });
      await answerConsent(tx, clock, {
        concernId: handed,
        userId: reporter.userId,
        answer: 'named',
      });
    });
    ids.concerns.push(intake, begeleiding, mediation, asked, handed);
    for (const row of await db.select({ id: alerts.id }).from(alerts)) ids.alerts.push(row.id);
    for (const row of await db.select({ id: corporationCases.id }).from(corporationCases))
      ids.cases.push(row.id);
    for (let i = 0; i < 3; i++) {
      const shift = await addShift(db, {
        projectId: project.id,
        staffUserId: world.staff.userId,
        startsAt: new Date(`2026-12-0${i + 1}T08:00:00Z`),
        endsAt: new Date(`2026-12-0${i + 1}T20:00:00Z`),
        createdById: world.admin.userId,
        now: new Date(),
      });
      ids.shifts.push(shift.id);
    }
    const outsider = await buildMember(db, world.other.id, 'resident', 'Elders');
    ids.elsewhere = await report(outsider, world.other.id);
  }

  /** The ids of real records, read when a generator is made (after `setup`). */
  const valid = (list: string[]) => list.map((id) => () => id);
  const projectId = () =>
    param(
      () => world.project.id,
      () => world.other.id,
    );
  const concernId = () => param(...valid(ids.concerns), () => ids.elsewhere);
  const alertId = () => param(...valid(ids.alerts));
  const shiftId = () => param(...valid(ids.shifts));
  const caseId = () => param(...valid(ids.cases));
  const uuidLike = () =>
    fc.oneof(
      // Read lazily: the world is filled after the generators are made.
      fc.nat(2).map((i) => [world.staff.userId, world.admin.userId, ids.reporter][i]!),
      fc.uuid(),
      text,
    );
  const unit = fc.oneof(fc.constantFrom('12', '3', '7a', '99999', ''), text);
  const isoDateTime = fc.oneof(
    fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom('2026-12-01T08:00:00+02:00', '2026-02-30T08:00:00Z', 'morgen'),
    text,
  );
  const isoDate = fc.oneof(
    fc
      .date({ min: new Date('1995-01-01'), max: new Date('2105-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31'),
    text,
  );
  const clientId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), text);

  const reportFields = {
    clientId,
    category: fc.oneof(fc.constantFrom(...concernCategories), text),
    description: fc.oneof(text, fc.constantFrom('Harde muziek elke nacht', 'Hij bedreigt mij')),
    when: text,
    frequency: fc.constantFrom(...frequencies, 'never'),
    effect: text,
    unit,
    talked: fc.constantFrom('yes', 'no', 'afraid', 'maybe'),
    unsafe: fc.boolean(),
    step: fc.constantFrom(...chosenSteps, 'corporatie', 'nood'),
    named: fc.boolean(),
  };
  const moveFields = {
    to: fc.oneof(fc.constantFrom(...ladderSteps), text),
    unit,
    named: fc.boolean(),
  };
  const noteFields = { clientId, body: text };
  const resolveFields = { outcome: fc.oneof(fc.constantFrom(...concernOutcomes), text) };
  const consentFields = { answer: fc.constantFrom('anonymous', 'named', 'no', 'yes') };
  const mediationFields = { phase: fc.oneof(fc.constantFrom(...mediationPhases), text) };
  const targetFields = {
    unit: fc.oneof(fc.constant(null), unit),
    targetUserId: fc.oneof(fc.constant(null), uuidLike()),
  };
  const shiftFields = {
    staffUserId: uuidLike(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    note: text,
  };
  const settingsFields = Object.fromEntries(
    [
      'followupDays',
      'followupGraceDays',
      'alertClaimMinutes',
      'urgentRepeatMinutes',
      'aftercareDays',
    ].map((k) => [k, fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double())]),
  );
  const updateFields = {
    status: fc.oneof(fc.constantFrom(...corporationCaseStatuses), text),
    body: text,
  };

  /** A write on `/api/projects/:projectId<suffix>` with a near-valid body. */
  const onProject = (
    method: string,
    suffix: string,
    fields: Record<string, fc.Arbitrary<unknown>>,
    caller: RouteFuzz['caller'] = 'admin',
  ): RouteFuzz => ({
    route: `${method} /api/projects/:projectId${suffix}`,
    caller,
    request: () =>
      fc.tuple(projectId(), body(fields)).map(([id, b]): FuzzRequest => ({
        method,
        path: `/api/projects/${encode(id)}${suffix}`,
        ...b,
      })),
  });
  const getOn = (suffix: string) => getOnProject(suffix, projectId);
  /** A period query: mostly from/to dates, sometimes extra or hostile keys. */
  const period = fc.tuple(fc.record({ from: isoDate, to: isoDate }, { requiredKeys: [] }), query);
  const stats = (suffix: string): RouteFuzz => ({
    route: `GET /api/projects/:projectId${suffix}`,
    caller: 'admin',
    request: () =>
      fc.tuple(projectId(), period, fc.boolean()).map(([id, [p, q], extra]) => ({
        method: 'GET',
        path: `/api/projects/${encode(id)}${suffix}`,
        query: extra ? { ...q, ...p } : p,
      })),
  });
  /** A request on one shift or case of a project. */
  const onRecord = (
    method: string,
    pattern: string,
    record: () => fc.Arbitrary<string>,
    path: (projectId: string, id: string) => string,
    fields?: Record<string, fc.Arbitrary<unknown>>,
  ): RouteFuzz => ({
    route: `${method} ${pattern}`,
    caller: 'admin',
    request: () =>
      fc
        .tuple(projectId(), record(), fields ? body(fields) : fc.constant({}))
        .map(([p, id, b]) => ({ method, path: path(encode(p), encode(id)), ...b })),
  });
  const onConcern = (
    method: string,
    suffix: string,
    fields?: Record<string, fc.Arbitrary<unknown>>,
  ): RouteFuzz => ({
    route: `${method} /api/concerns/:concernId${suffix}`,
    caller: 'admin',
    request: () =>
      fc
        .tuple(concernId(), fields ? body(fields) : fc.constant({}))
        .map(([id, b]) => ({ method, path: `/api/concerns/${encode(id)}${suffix}`, ...b })),
  });

  const routes: RouteFuzz[] = [
    // A fresh coordinator per run: the association may report, so the whole path is fuzzed.
    { ...onProject('POST', '/concerns', reportFields, 'twin'), runs: SLOW_RUNS },
    // The staff feed loads every open concern of the project: fewer runs.
    { ...getOn('/concerns'), runs: SLOW_RUNS },
    getOn('/concerns/mine'),
    stats('/concerns/stats'),
    stats('/concerns/stats.csv'),
    getOn('/rota'),
    onProject('POST', '/rota', shiftFields),
    onRecord(
      'PATCH',
      '/api/projects/:projectId/rota/:shiftId',
      shiftId,
      (p, id) => `/api/projects/${p}/rota/${id}`,
      shiftFields,
    ),
    onRecord(
      'DELETE',
      '/api/projects/:projectId/rota/:shiftId',
      shiftId,
      (p, id) => `/api/projects/${p}/rota/${id}`,
    ),
    getOn('/concern-settings'),
    onProject('PATCH', '/concern-settings', settingsFields),
    getOn('/corporation/cases'),
    onRecord(
      'POST',
      '/api/projects/:projectId/corporation/cases/:caseId/updates',
      caseId,
      (p, id) => `/api/projects/${p}/corporation/cases/${id}/updates`,
      updateFields,
    ),
    {
      route: 'GET /api/concerns/:concernId',
      caller: 'admin',
      request: () =>
        fc.tuple(concernId(), query).map(([id, q]) => ({
          method: 'GET',
          path: `/api/concerns/${encode(id)}`,
          query: q,
        })),
    },
    onConcern('POST', '/moves', moveFields),
    onConcern('POST', '/claim'),
    onConcern('POST', '/notes', noteFields),
    onConcern('POST', '/resolve', resolveFields),
    onConcern('POST', '/consent-request'),
    onConcern('POST', '/consent', consentFields),
    onConcern('POST', '/mediation', mediationFields),
    onConcern('PATCH', '/target', targetFields),
    {
      route: 'POST /api/alerts/:alertId/:action{claim|acknowledge|resolve}',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            alertId(),
            fc.oneof(
              { arbitrary: fc.constantFrom('claim', 'acknowledge', 'resolve'), weight: 4 },
              { arbitrary: param(), weight: 1 },
            ),
            body({}),
          )
          .map(([id, action, b]) => ({
            method: 'POST',
            path: `/api/alerts/${encode(id)}/${encode(action)}`,
            ...b,
          })),
    },
  ];

  /** Socket payloads: ids of real records or not, near-valid fields. */
  const anyConcern = () =>
    fc.oneof(
      fc.constantFrom(...ids.concerns, ids.elsewhere),
      fc.uuid(),
      fc.constantFrom(...hostileStrings),
    );
  const anyAlert = () =>
    fc.oneof(fc.constantFrom(...ids.alerts), fc.uuid(), fc.constantFrom(...hostileStrings));
  const anyProject = () =>
    fc.oneof(fc.constantFrom(world.project.id, world.other.id), fc.uuid(), text);

  const events: Record<keyof ConcernClientEvents, () => fc.Arbitrary<unknown>> = {
    'concern:report': () => nearly({ projectId: anyProject(), ...reportFields }),
    'concern:mine': () => nearly({ projectId: anyProject() }),
    'concern:feed': () => nearly({ projectId: anyProject() }),
    'concern:detail': () => nearly({ concernId: anyConcern() }),
    'concern:move': () => nearly({ concernId: anyConcern(), ...moveFields }),
    'concern:claim': () => nearly({ concernId: anyConcern() }),
    'concern:note': () => nearly({ concernId: anyConcern(), ...noteFields }),
    'concern:resolve': () => nearly({ concernId: anyConcern(), ...resolveFields }),
    'concern:request_consent': () => nearly({ concernId: anyConcern() }),
    'concern:consent': () => nearly({ concernId: anyConcern(), ...consentFields }),
    'concern:mediation': () => nearly({ concernId: anyConcern(), ...mediationFields }),
    'concern:target': () => nearly({ concernId: anyConcern(), ...targetFields }),
    'alert:claim': () => nearly({ alertId: anyAlert() }),
    'alert:acknowledge': () => nearly({ alertId: anyAlert() }),
    'alert:resolve': () => nearly({ alertId: anyAlert() }),
  };

  // 23 routes: a little under the default runs each keeps the HTTP fuzz within its time budget
  // (the Living Lab periods keep the full count: they found a 500 once).
  const lighter = Math.ceil(RUNS * 0.6);
  const tuned = routes.map((r) =>
    r.runs !== undefined || r.route.includes('/stats') ? r : { ...r, runs: lighter },
  );
  return { setup, routes: tuned, events };
}
