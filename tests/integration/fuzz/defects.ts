import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import sharp from 'sharp';
import { systemClock } from '../../../server/clock';
import { reportDefect } from '../../../server/domain/defects/cases';
import { changeDefect } from '../../../server/domain/defects/lifecycle';
import { cleanPhoto, reportOf, storePhoto } from '../../../server/domain/defects/photos';
import { addSpace, listSpaces } from '../../../server/domain/defects/spaces';
import {
  defectSinces,
  defectStatuses,
  defectUrgencies,
  spaceKinds,
} from '../../../server/protocol/defects';
import { buildMember } from '../../support/factories';
import {
  body,
  encode,
  getWithQuery,
  param,
  query,
  SLOW_RUNS,
  text,
  type FuzzArea,
  type FuzzWorld,
  type RouteFuzz,
} from './generators';

/**
 * Shared-space defects: reports, look-alikes, lists, spaces, status changes, "me too", exports
 * and photos. The caller is the project's admin (who handles cases and may report); the ids are
 * real cases, spaces and photos of the project and of another project, mixed with random ones.
 */
export function defectsFuzz(world: FuzzWorld): FuzzArea {
  const clock = systemClock;
  const r = {} as {
    spaces: string[];
    /** The admin's own open case (with a photo), a forwarded one, and one of another project. */
    own: string;
    forwarded: string;
    elsewhere: string;
    photos: string[];
    png: string;
    jpeg: string;
  };

  async function setup() {
    const db = world.db;
    const projectId = world.project.id;
    const spaces = await listSpaces(db, projectId);
    const extra = await addSpace(db, projectId, { name: 'Fuzzkelder', kind: 'storage' });
    r.spaces = [...spaces.map((s) => s.id), extra.id];
    const report = async (userId: string, project = projectId, spaceId = r.spaces[0]!) =>
      (
        await reportDefect(db, clock, {
          projectId: project,
          userId,
          clientId: randomUUID(),
          place: { kind: 'space', spaceId },
          what: 'De lamp in de hal is kapot',
          since: 'days',
          urgency: 'normal',
          locale: 'nl',
        })
      ).record.defect.id;
    r.own = await report(world.admin.userId);
    r.forwarded = await report(world.staff.userId);
    await changeDefect(db, clock, {
      defectId: r.forwarded,
      userId: world.staff.userId,
      change: { status: 'forwarded' },
    });
    const outsider = await buildMember(db, world.other.id, 'resident', 'Elders');
    const otherSpaces = await listSpaces(db, world.other.id);
    r.elsewhere = await report(outsider.userId, world.other.id, otherSpaces[0]!.id);
    r.spaces.push(otherSpaces[0]!.id);

    const image = sharp({
      create: { width: 12, height: 9, channels: 3, background: { r: 200, g: 120, b: 30 } },
    });
    r.png = (await image.clone().png().toBuffer()).toString('base64');
    r.jpeg = (await image.clone().jpeg().toBuffer()).toString('base64');
    r.photos = [];
    for (const [defectId, userId] of [
      [r.own, world.admin.userId],
      [r.elsewhere, outsider.userId],
    ] as const) {
      const kept = await reportOf(db, defectId, userId);
      const photo = await storePhoto(db, clock, {
        defectId,
        reportId: kept!.id,
        photo: await cleanPhoto(Buffer.from(r.png, 'base64')),
      });
      r.photos.push(photo.id);
    }
  }

  const projectId = () =>
    param(
      () => world.project.id,
      () => world.other.id,
    );
  const defectId = () =>
    param(
      () => r.own,
      () => r.forwarded,
      () => r.elsewhere,
    );
  const spaceId = fc.oneof(
    fc.uuid(),
    text,
    fc.constant(null).map(() => r.spaces[0]!),
    fc.constant(null).map(() => r.spaces[r.spaces.length - 1]!),
  );
  /** Real dates, dates that do not exist (31 February), and no dates at all. */
  const date = fc.oneof(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      '2026-02-31',
      '2026-02-30',
      '2025-02-29',
      '2026-04-31',
      '0000-01-01',
      '2026-13-01',
    ),
    text,
  );
  const what = fc.oneof(
    text,
    fc.constantFrom('De lamp in de hal is kapot', 'Ik ruik gas in het trappenhuis', 'lekkage'),
  );
  const projectPath = (suffix: string): RouteFuzz => ({
    route: `GET /api/projects/:projectId/defects${suffix}`,
    caller: 'admin',
    request: () =>
      fc.tuple(projectId(), query).map(([id, q]) => ({
        method: 'GET',
        path: `/api/projects/${encode(id)}/defects${suffix}`,
        query: q,
      })),
  });
  const defectGet = (suffix: string): RouteFuzz => ({
    route: `GET /api/defects/:defectId${suffix}`,
    caller: 'admin',
    request: () =>
      fc.tuple(defectId(), query).map(([id, q]) => ({
        method: 'GET',
        path: `/api/defects/${encode(id)}${suffix}`,
        query: q,
      })),
  });

  const routes: RouteFuzz[] = [
    {
      route: 'GET /api/projects/:projectId/defects',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            projectId(),
            fc.oneof(
              query,
              fc.record(
                {
                  scope: fc.oneof(fc.constantFrom('mine', 'all'), text),
                  status: fc.oneof(fc.constantFrom(...defectStatuses), text),
                },
                { requiredKeys: [] },
              ),
            ),
          )
          .map(([id, q]) => ({
            method: 'GET',
            path: `/api/projects/${encode(id)}/defects`,
            query: q,
          })),
    },
    {
      route: 'POST /api/projects/:projectId/defects',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            projectId(),
            body({
              clientId: fc.oneof(fc.uuid(), text),
              place: fc.oneof(
                fc.record({ kind: fc.constant('space'), spaceId }),
                fc.record({ kind: fc.constant('unit') }),
                fc.record({ kind: text, spaceId }),
              ),
              what,
              since: fc.constantFrom(...defectSinces, 'yesterday'),
              urgency: fc.constantFrom(...defectUrgencies, 'panic'),
            }),
          )
          .map(([id, b]) => ({
            method: 'POST',
            path: `/api/projects/${encode(id)}/defects`,
            ...b,
          })),
    },
    {
      route: 'GET /api/projects/:projectId/defects/similar',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            projectId(),
            fc.oneof(
              query,
              fc.record(
                {
                  spaceId: spaceId.map(String),
                  unit: fc.oneof(fc.constant('own'), text),
                  what: fc.oneof(what, fc.constant('x'.repeat(1200))),
                },
                { requiredKeys: [] },
              ),
            ),
          )
          .map(([id, q]) => ({
            method: 'GET',
            path: `/api/projects/${encode(id)}/defects/similar`,
            query: q,
          })),
    },
    { ...projectPath('/places'), runs: SLOW_RUNS },
    { ...projectPath('/repair-contacts'), runs: SLOW_RUNS },
    projectPath('/export.csv'),
    {
      route: 'POST /api/projects/:projectId/defects/spaces',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            projectId(),
            body({
              name: fc.oneof(text, fc.constant('Fuzzkelder')),
              kind: fc.constantFrom(...spaceKinds, 'attic'),
            }),
          )
          .map(([id, b]) => ({
            method: 'POST',
            path: `/api/projects/${encode(id)}/defects/spaces`,
            ...b,
          })),
    },
    {
      route: 'PATCH /api/projects/:projectId/defects/spaces/:spaceId',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            projectId(),
            param(
              () => r.spaces[r.spaces.length - 2]!,
              () => r.spaces[r.spaces.length - 1]!,
            ),
            body({ name: text, archived: fc.boolean() }),
          )
          .map(([id, space, b]) => ({
            method: 'PATCH',
            path: `/api/projects/${encode(id)}/defects/spaces/${encode(space)}`,
            ...b,
          })),
    },
    // Fixed answers that read no input: fewer runs.
    {
      ...getWithQuery('GET /api/defects/print.css', () => '/api/defects/print.css'),
      runs: SLOW_RUNS,
    },
    defectGet(''),
    defectGet('/export.json'),
    defectGet('/export.html'),
    {
      route: 'POST /api/defects/:defectId/me-too',
      caller: 'admin',
      request: () =>
        fc
          .tuple(defectId(), body({ note: text }))
          .map(([id, b]) => ({ method: 'POST', path: `/api/defects/${encode(id)}/me-too`, ...b })),
    },
    {
      route: 'POST /api/defects/:defectId/status',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            defectId(),
            body({
              status: fc.constantFrom(...defectStatuses, 'closed'),
              note: text,
              reason: text,
              plannedFor: fc.oneof(date, fc.constant(null)),
            }),
          )
          .map(([id, b]) => ({ method: 'POST', path: `/api/defects/${encode(id)}/status`, ...b })),
    },
    {
      route: 'POST /api/defect-photos/cases/:defectId',
      caller: 'admin',
      runs: SLOW_RUNS,
      request: () =>
        fc
          .tuple(
            defectId(),
            body({
              data: fc.oneof(
                fc.constant(null).map(() => r.png),
                fc.constant(null).map(() => `data:image/jpeg;base64,${r.jpeg}`),
                // A real image cut short, an image with noise after it, random base64, text.
                fc.constant(null).map(() => r.png.slice(0, 60)),
                fc.constant(null).map(() => `${r.jpeg}AAAA`),
                fc.base64String({ maxLength: 400 }),
                text,
              ),
            }),
          )
          .map(([id, b]) => ({
            method: 'POST',
            path: `/api/defect-photos/cases/${encode(id)}`,
            ...b,
          })),
    },
    {
      route: 'GET /api/defect-photos/:photoId',
      caller: 'admin',
      request: () =>
        fc
          .tuple(
            param(
              () => r.photos[0]!,
              () => r.photos[1]!,
            ),
            query,
          )
          .map(([id, q]) => ({
            method: 'GET',
            path: `/api/defect-photos/${encode(id)}`,
            query: q,
          })),
    },
  ];

  return { setup, routes, events: {} };
}
