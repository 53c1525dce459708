import { Hono } from 'hono';
import { contactsFor } from '../../../bot/engine/replies';
import type { Deps } from '../../deps';
import { getCard } from '../../domain/card/card';
import {
  canListAllDefects,
  canReportDefect,
  canSeeDefect,
  managesDefects,
} from '../../domain/defects/access';
import {
  defectRef,
  findSimilar,
  isReporter,
  listDefects,
  loadDefect,
  type DefectRecord,
} from '../../domain/defects/cases';
import {
  printCss,
  toCsv,
  toHtml,
  toOpen311,
  type ExportContext,
} from '../../domain/defects/export';
import { factsOf } from '../../domain/defects/lifecycle';
import { decodeUpload, readPhoto } from '../../domain/defects/photos';
import { addSpace, listSpaces, ownUnitOf, updateSpace } from '../../domain/defects/spaces';
import { requireMembership, requireRole } from '../../domain/membership/memberships';
import { forbidden, notFound } from '../../errors';
import type { AppEnv } from '../../http/env';
import { authOf } from '../../http/middleware/context';
import { validate } from '../../http/validate';
import { consume } from '../../limits/limiters';
import { presentDefect, presentSpace } from './presenters';
import {
  changeDefectSchema,
  createSpaceSchema,
  defectParamSchema,
  listDefectsQuerySchema,
  meTooSchema,
  photoParamSchema,
  reportDefectSchema,
  similarQuerySchema,
  spaceParamSchema,
  updateSpaceSchema,
  uploadPhotoSchema,
} from '../../protocol/defects';
import type { DomainEvent } from '../../domain/events';
import { projectParamSchema } from '../../protocol/projects';
import type { Role } from '../../protocol/roles';
import type { DefectService } from './service';
import { reply } from '../../http/reply';
import { routes } from '../../protocol/routes';

async function publishAll(deps: Deps, events: DomainEvent[]) {
  for (const event of events) await deps.dispatcher.publish(event);
}

/** The case and the caller's role, or not_found when they may not see it (learning nothing). */
async function visibleCase(
  deps: Deps,
  userId: string,
  defectId: string,
): Promise<{ record: DefectRecord; role: Role }> {
  const record = await loadDefect(deps.db, defectId);
  if (!record) throw notFound();
  const membership = await requireMembership(deps.db, userId, record.defect.projectId).catch(() => {
    throw notFound();
  });
  if (!canSeeDefect(membership.role, factsOf(record.defect), isReporter(record, userId)))
    throw notFound();
  return { record, role: membership.role };
}

async function exportContext(deps: Deps, record: DefectRecord, locale: ExportContext['locale']) {
  const card = await getCard(deps.db, record.defect.projectId);
  const agency = card.contacts.find((c) => c.kind === 'corporation')?.name ?? null;
  return { publicUrl: deps.config.publicUrl, locale, agency, now: deps.clock.now() };
}

/** `/api/projects/:projectId/defects...`: report, look-alikes, lists, spaces, CSV. */
export function projectDefectRoutes(deps: Deps, service: DefectService) {
  return new Hono<AppEnv>()
    .route('/', reportingRoutes(deps, service))
    .route('/', placeRoutes(deps))
    .route('/', csvExportRoutes(deps));
}

/** A project's cases: the list, reporting one, and the look-alikes before reporting. */
function reportingRoutes(deps: Deps, service: DefectService) {
  const { db, limiters } = deps;
  return new Hono<AppEnv>()
    .get(
      '/:projectId/defects',
      validate('param', projectParamSchema),
      validate('query', listDefectsQuerySchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        const { role } = await requireMembership(db, user.id, projectId);
        const query = c.req.valid('query');
        const scope = query.scope ?? (canListAllDefects(role) ? 'all' : 'mine');
        const viewer = { userId: user.id, role };
        const records = await listDefects(db, { projectId, viewer, scope, status: query.status });
        return reply(c, routes.defects.list, {
          defects: records.map((r) => presentDefect(r, viewer)),
        });
      },
    )
    .post(
      '/:projectId/defects',
      validate('param', projectParamSchema),
      validate('json', reportDefectSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        await consume(limiters.actions, user.id);
        const { role } = await requireRole(db, user.id, projectId, canReportDefect);
        const input = c.req.valid('json');
        const { record, created, events, advice } = await service.report({
          ...input,
          projectId,
          userId: user.id,
          locale: c.get('locale'),
          authorName: user.displayName,
        });
        await publishAll(deps, events);
        return reply(
          c,
          routes.defects.report,
          { defect: presentDefect(record, { userId: user.id, role }), advice },
          created ? 201 : 200,
        );
      },
    )
    .get(
      '/:projectId/defects/similar',
      validate('param', projectParamSchema),
      validate('query', similarQuerySchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        await requireRole(db, user.id, projectId, canReportDefect);
        const query = c.req.valid('query');
        const similar = await findSimilar(db, {
          projectId,
          userId: user.id,
          description: query.what,
          ...(query.spaceId ? { spaceId: query.spaceId } : {}),
        });
        return reply(c, routes.defects.similar, { similar });
      },
    );
}

/** Where a defect can be: the places, whom to call for repairs, managing the spaces. */
function placeRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/defects/places', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      const { user } = authOf(c);
      const { role } = await requireMembership(db, user.id, projectId);
      const spaces = await listSpaces(db, projectId, { includeArchived: managesDefects(role) });
      const unit = await ownUnitOf(db, projectId, user.id);
      return reply(c, routes.defects.places, {
        spaces: spaces.map(presentSpace),
        ownUnit: unit?.label ?? null,
      });
    })
    .get(
      '/:projectId/defects/repair-contacts',
      validate('param', projectParamSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireMembership(db, authOf(c).user.id, projectId);
        const card = await getCard(db, projectId);
        return reply(c, routes.defects.repairContacts, { repairs: contactsFor(card, 'repairs') });
      },
    )
    .post(
      '/:projectId/defects/spaces',
      validate('param', projectParamSchema),
      validate('json', createSpaceSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, managesDefects);
        const space = await addSpace(db, projectId, c.req.valid('json'));
        return reply(c, routes.defects.addSpace, { space: presentSpace(space) }, 201);
      },
    )
    .patch(
      '/:projectId/defects/spaces/:spaceId',
      validate('param', spaceParamSchema),
      validate('json', updateSpaceSchema),
      async (c) => {
        const { projectId, spaceId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, managesDefects);
        const space = await updateSpace(db, projectId, spaceId, c.req.valid('json'), clock.now());
        return reply(c, routes.defects.updateSpace, { space: presentSpace(space) });
      },
    );
}

/** `/:projectId/defects/export.csv`: every case of the project, for staff. */
function csvExportRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>().get(
    '/:projectId/defects/export.csv',
    validate('param', projectParamSchema),
    async (c) => {
      const { projectId } = c.req.valid('param');
      const { user } = authOf(c);
      const { role } = await requireRole(db, user.id, projectId, canListAllDefects);
      const records = await listDefects(db, {
        projectId,
        viewer: { userId: user.id, role },
        scope: 'all',
      });
      const csv = toCsv(records, {
        publicUrl: deps.config.publicUrl,
        locale: c.get('locale'),
        agency: null,
        now: clock.now(),
      });
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="gebreken.csv"');
      return c.body(csv);
    },
  );
}

/** `/api/defects/:defectId...`: one case, "me too", status changes, exports. */
export function defectRoutes(deps: Deps, service: DefectService) {
  const { limiters } = deps;
  return new Hono<AppEnv>()
    .get('/print.css', (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      return c.body(printCss);
    })
    .get('/:defectId', validate('param', defectParamSchema), async (c) => {
      const { user } = authOf(c);
      const { record, role } = await visibleCase(deps, user.id, c.req.valid('param').defectId);
      return reply(c, routes.defects.get, {
        defect: presentDefect(record, { userId: user.id, role }),
      });
    })
    .post(
      '/:defectId/me-too',
      validate('param', defectParamSchema),
      validate('json', meTooSchema),
      async (c) => {
        const { user } = authOf(c);
        await consume(limiters.actions, user.id);
        const { defectId } = c.req.valid('param');
        const { note } = c.req.valid('json');
        const { record, events } = await service.meToo({
          defectId,
          userId: user.id,
          locale: c.get('locale'),
          ...(note ? { note } : {}),
        });
        await publishAll(deps, events);
        const { role } = await requireMembership(deps.db, user.id, record.defect.projectId);
        return reply(c, routes.defects.meToo, {
          defect: presentDefect(record, { userId: user.id, role }),
        });
      },
    )
    .post(
      '/:defectId/status',
      validate('param', defectParamSchema),
      validate('json', changeDefectSchema),
      async (c) => {
        const { user } = authOf(c);
        const { result, events } = await service.change({
          defectId: c.req.valid('param').defectId,
          userId: user.id,
          change: c.req.valid('json'),
        });
        await publishAll(deps, events);
        return reply(c, routes.defects.change, {
          defect: presentDefect(result.record, result.actor),
          changed: result.changed,
        });
      },
    )
    .get('/:defectId/export.json', validate('param', defectParamSchema), async (c) => {
      const { user } = authOf(c);
      const { record, role } = await visibleCase(deps, user.id, c.req.valid('param').defectId);
      if (!canListAllDefects(role)) throw forbidden();
      const ctx = await exportContext(deps, record, c.get('locale'));
      c.header(
        'Content-Disposition',
        `attachment; filename="${defectRef(record.defect.number)}.json"`,
      );
      // GeoReport v2 answers a request for one service request with a list of one.
      return c.json([toOpen311(record, ctx)]);
    })
    .get('/:defectId/export.html', validate('param', defectParamSchema), async (c) => {
      const { user } = authOf(c);
      const { record, role } = await visibleCase(deps, user.id, c.req.valid('param').defectId);
      if (!canListAllDefects(role)) throw forbidden();
      // Served under the app's Content-Security-Policy: no inline script or style can run.
      return c.html(toHtml(record, await exportContext(deps, record, c.get('locale'))));
    });
}

/**
 * `/api/defect-photos`: upload (the reporter's own photo for their report, base64 JSON, checked
 * by content, metadata removed) and download (only for people who may see the case).
 * This path has its own body limit; everything else in the API keeps 64 KB.
 */
export function photoRoutes(deps: Deps, service: DefectService) {
  const { db, limiters } = deps;
  return new Hono<AppEnv>()
    .post(
      '/cases/:defectId',
      validate('param', defectParamSchema),
      validate('json', uploadPhotoSchema),
      async (c) => {
        const { user } = authOf(c);
        await consume(limiters.actions, user.id);
        const { defectId } = c.req.valid('param');
        const { role } = await visibleCase(deps, user.id, defectId);
        const data = decodeUpload(c.req.valid('json').data);
        const { photo, record, events } = await service.photo({ defectId, userId: user.id, data });
        await publishAll(deps, events);
        return reply(
          c,
          routes.defects.uploadPhoto,
          {
            photo: { id: photo.id, url: `/api/defect-photos/${photo.id}` },
            defect: presentDefect(record, { userId: user.id, role }),
          },
          201,
        );
      },
    )
    .get('/:photoId', validate('param', photoParamSchema), async (c) => {
      const { user } = authOf(c);
      const photo = await readPhoto(db, c.req.valid('param').photoId);
      await visibleCase(deps, user.id, photo.defectId);
      c.header('Content-Type', photo.mime);
      c.header('Content-Disposition', 'inline');
      return c.body(new Uint8Array(photo.data));
    });
}
