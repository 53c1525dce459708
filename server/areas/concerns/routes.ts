import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { authOf } from '../../http/middleware/context';
import type { AppEnv } from '../../http/env';
import { validate } from '../../http/validate';
import { requireRole } from '../../domain/membership/memberships';
import { presentCorporationCase } from './presenters';
import { listCorporationCases, postCaseUpdate } from '../../domain/concerns/corporation';
import { planGapNotices } from '../../domain/concerns/coverage';
import { addShift, listShifts, removeShift, updateShift } from '../../domain/concerns/rota';
import { concernSettingsOf, updateConcernSettings } from '../../domain/concerns/settings';
import { livingLabCsv, livingLabNumbers } from '../../domain/concerns/stats';
import { addDays } from '../../clock';
import {
  concernSettingsSchema,
  consentAnswerSchema,
  corporationUpdateSchema,
  mediationPhaseMoveSchema,
  moveConcernSchema,
  reportConcernSchema,
  resolveConcernSchema,
  shiftSchema,
  shiftUpdateSchema,
  statsQuerySchema,
  concernNoteSchema,
  concernTargetSchema,
  type OnCallShiftView,
} from '../../protocol/concerns';
import { isStaffRole } from '../../protocol/roles';
import { idSchema } from '../../protocol/common';
import type { ConcernService } from './service';
import { reply } from '../../http/reply';
import { routes } from '../../protocol/routes';

const projectParam = z.object({ projectId: idSchema });
const concernParam = z.object({ concernId: idSchema });
const alertParam = z.object({ alertId: idSchema });
const shiftParam = z.object({ projectId: idSchema, shiftId: idSchema });
const caseParam = z.object({ projectId: idSchema, caseId: idSchema });

const isCorporation = (role: string) => role === 'corporation';

/** Reports, the staff feed, the reporter's own list and the Living Lab numbers of a project. */
function reportRoutes(deps: Deps, service: ConcernService) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .post(
      '/:projectId/concerns',
      validate('param', projectParam),
      validate('json', reportConcernSchema.omit({ projectId: true })),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const concern = await service.report(authOf(c).user.id, {
          ...c.req.valid('json'),
          projectId,
        });
        return reply(c, routes.concerns.report, concern, 201);
      },
    )
    .get('/:projectId/concerns', validate('param', projectParam), async (c) =>
      reply(
        c,
        routes.concerns.feed,
        await service.feed(authOf(c).user.id, c.req.valid('param').projectId),
      ),
    )
    .get('/:projectId/concerns/mine', validate('param', projectParam), async (c) =>
      reply(c, routes.concerns.mine, {
        concerns: await service.mine(authOf(c).user.id, c.req.valid('param').projectId),
      }),
    )
    .get(
      '/:projectId/concerns/stats',
      validate('param', projectParam),
      validate('query', statsQuerySchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, isStaffRole);
        const { from, to } = c.req.valid('query');
        return reply(
          c,
          routes.concerns.stats,
          await livingLabNumbers(db, projectId, new Date(from), new Date(to)),
        );
      },
    )
    .get(
      '/:projectId/concerns/stats.csv',
      validate('param', projectParam),
      validate('query', statsQuerySchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, isStaffRole);
        const { from, to } = c.req.valid('query');
        const numbers = await livingLabNumbers(db, projectId, new Date(from), new Date(to));
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="meldingen-${from}-${to}.csv"`);
        return c.body(livingLabCsv(numbers));
      },
    );
}

/** The on-call rota of a project (staff only); every change plans the gap notices again. */
function rotaRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/rota', validate('param', projectParam), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, isStaffRole);
      const rows = await listShifts(db, projectId, addDays(clock.now(), -7));
      const shifts: OnCallShiftView[] = rows.map(({ shift, staffName }) => ({
        id: shift.id,
        projectId: shift.projectId,
        staff: { id: shift.staffUserId, name: staffName },
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
        note: shift.note,
      }));
      return reply(c, routes.concerns.rota, { shifts });
    })
    .post(
      '/:projectId/rota',
      validate('param', projectParam),
      validate('json', shiftSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        await requireRole(db, user.id, projectId, isStaffRole);
        const input = c.req.valid('json');
        const shift = await addShift(db, {
          projectId,
          staffUserId: input.staffUserId,
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          note: input.note,
          createdById: user.id,
          now: clock.now(),
        });
        await planGapNotices(db, projectId, clock.now());
        return reply(c, routes.concerns.addShift, { id: shift.id }, 201);
      },
    )
    .patch(
      '/:projectId/rota/:shiftId',
      validate('param', shiftParam),
      validate('json', shiftUpdateSchema),
      async (c) => {
        const { projectId, shiftId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, isStaffRole);
        const input = c.req.valid('json');
        const shift = await updateShift(db, {
          projectId,
          shiftId,
          staffUserId: input.staffUserId,
          startsAt: input.startsAt ? new Date(input.startsAt) : undefined,
          endsAt: input.endsAt ? new Date(input.endsAt) : undefined,
          note: input.note,
        });
        await planGapNotices(db, projectId, clock.now());
        return reply(c, routes.concerns.updateShift, { id: shift.id });
      },
    )
    .delete('/:projectId/rota/:shiftId', validate('param', shiftParam), async (c) => {
      const { projectId, shiftId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, isStaffRole);
      await removeShift(db, projectId, shiftId);
      await planGapNotices(db, projectId, clock.now());
      return reply(c, routes.concerns.removeShift, { ok: true });
    });
}

/** A project's concern settings (staff) and the corporation's forwarded cases. */
function settingsAndCaseRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/concern-settings', validate('param', projectParam), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, isStaffRole);
      return c.json(await concernSettingsOf(db, projectId));
    })
    .patch(
      '/:projectId/concern-settings',
      validate('param', projectParam),
      validate('json', concernSettingsSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        await requireRole(db, user.id, projectId, isStaffRole);
        return c.json(
          await updateConcernSettings(db, {
            projectId,
            actorId: user.id,
            now: clock.now(),
            patch: c.req.valid('json'),
          }),
        );
      },
    )
    .get('/:projectId/corporation/cases', validate('param', projectParam), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, isCorporation);
      return reply(c, routes.concerns.corporationCases, {
        cases: (await listCorporationCases(db, projectId)).map(presentCorporationCase),
      });
    })
    .post(
      '/:projectId/corporation/cases/:caseId/updates',
      validate('param', caseParam),
      validate('json', corporationUpdateSchema.omit({ caseId: true })),
      async (c) => {
        const { projectId, caseId } = c.req.valid('param');
        const { user } = authOf(c);
        await requireRole(db, user.id, projectId, isCorporation);
        const input = c.req.valid('json');
        const { record, events } = await db.transaction((tx) =>
          postCaseUpdate(tx, clock, { projectId, caseId, authorId: user.id, ...input }),
        );
        for (const event of events) await deps.dispatcher.publish(event);
        return reply(c, routes.concerns.corporationUpdate, presentCorporationCase(record), 201);
      },
    );
}

/** One concern: its detail and the actions on it. */
function concernItemRoutes(service: ConcernService) {
  return new Hono<AppEnv>()

    .get('/:concernId', validate('param', concernParam), async (c) =>
      reply(
        c,
        routes.concerns.detail,
        await service.detail(authOf(c).user.id, c.req.valid('param').concernId),
      ),
    )
    .post(
      '/:concernId/moves',
      validate('param', concernParam),
      validate('json', moveConcernSchema.omit({ concernId: true })),
      async (c) =>
        reply(
          c,
          routes.concerns.move,
          await service.move(authOf(c).user.id, {
            ...c.req.valid('json'),
            concernId: c.req.valid('param').concernId,
          }),
        ),
    )
    .post('/:concernId/claim', validate('param', concernParam), async (c) =>
      reply(
        c,
        routes.concerns.claim,
        await service.claim(authOf(c).user.id, c.req.valid('param').concernId),
      ),
    )
    .post(
      '/:concernId/notes',
      validate('param', concernParam),
      validate('json', concernNoteSchema.omit({ concernId: true })),
      async (c) =>
        reply(
          c,
          routes.concerns.note,
          await service.note(authOf(c).user.id, {
            ...c.req.valid('json'),
            concernId: c.req.valid('param').concernId,
          }),
          201,
        ),
    )
    .post(
      '/:concernId/resolve',
      validate('param', concernParam),
      validate('json', resolveConcernSchema.omit({ concernId: true })),
      async (c) =>
        reply(
          c,
          routes.concerns.resolve,
          await service.resolve(authOf(c).user.id, {
            ...c.req.valid('json'),
            concernId: c.req.valid('param').concernId,
          }),
        ),
    );
}

/** Consent, mediation phases and the target of one concern. */
function concernConsentRoutes(service: ConcernService) {
  return new Hono<AppEnv>()
    .post('/:concernId/consent-request', validate('param', concernParam), async (c) =>
      reply(
        c,
        routes.concerns.requestConsent,
        await service.requestConsent(authOf(c).user.id, c.req.valid('param').concernId),
      ),
    )
    .post(
      '/:concernId/consent',
      validate('param', concernParam),
      validate('json', consentAnswerSchema.omit({ concernId: true })),
      async (c) =>
        reply(
          c,
          routes.concerns.consent,
          await service.consent(authOf(c).user.id, {
            ...c.req.valid('json'),
            concernId: c.req.valid('param').concernId,
          }),
        ),
    )
    .post(
      '/:concernId/mediation',
      validate('param', concernParam),
      validate('json', mediationPhaseMoveSchema.omit({ concernId: true })),
      async (c) =>
        reply(
          c,
          routes.concerns.mediation,
          await service.mediation(authOf(c).user.id, {
            ...c.req.valid('json'),
            concernId: c.req.valid('param').concernId,
          }),
        ),
    )
    .patch(
      '/:concernId/target',
      validate('param', concernParam),
      validate('json', concernTargetSchema.omit({ concernId: true })),
      async (c) =>
        reply(
          c,
          routes.concerns.target,
          await service.target(authOf(c).user.id, {
            ...c.req.valid('json'),
            concernId: c.req.valid('param').concernId,
          }),
        ),
    );
}

/** The actions on one staff alert. */
function alertRoutes(service: ConcernService) {
  return new Hono<AppEnv>().post(
    '/:alertId/:action{claim|acknowledge|resolve}',
    validate('param', alertParam.extend({ action: z.enum(['claim', 'acknowledge', 'resolve']) })),
    async (c) => {
      const { alertId, action } = c.req.valid('param');
      return reply(
        c,
        routes.concerns.alert,
        await service.alertAction(authOf(c).user.id, alertId, action),
      );
    },
  );
}

/**
 * HTTP for the concerns area (the socket events do the same through the same service):
 * - `/api/projects/:projectId/concerns` report (POST), staff feed (GET), `mine`, `stats`,
 *   `stats.csv`; `/rota`; `/concern-settings`; `/corporation/cases`;
 * - `/api/concerns/:concernId` detail and actions (moves, claim, notes, resolve, consent,
 *   mediation, target);
 * - `/api/alerts/:alertId/claim|acknowledge|resolve`.
 */
export function concernRoutes(deps: Deps, service: ConcernService) {
  return [
    { path: '/projects', app: reportRoutes(deps, service) },
    { path: '/projects', app: rotaRoutes(deps) },
    { path: '/projects', app: settingsAndCaseRoutes(deps) },
    { path: '/concerns', app: concernItemRoutes(service) },
    { path: '/concerns', app: concernConsentRoutes(service) },
    { path: '/alerts', app: alertRoutes(service) },
  ];
}
