import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { expect } from 'vitest';
import { systemClock } from '../../../server/clock';
import { addMeToo, reportDefect } from '../../../server/domain/defects/cases';
import { changeDefect } from '../../../server/domain/defects/lifecycle';
import { cleanPhoto, reportOf, storePhoto } from '../../../server/domain/defects/photos';
import { addSpace, listSpaces } from '../../../server/domain/defects/spaces';
import type { DefectView } from '../../../server/protocol/defects';
import { giveHome } from '../../support/defects';
import { buildMember, type TestMember } from '../../support/factories';
import {
  everyMember,
  everyone,
  exceptCorporation,
  principals,
  type AccessArea,
  type AccessWorld,
  type Client,
  type Principal,
  type RouteCase,
} from './table';

/**
 * Shared-space defects (issue 6): one case per problem, "me too", a lifecycle, the hand-off to
 * the housing corporation, photos. What the rows hold the area to:
 * - everyone but the corporation reports and says "me too" (for a home: only its own people);
 * - staff, admins and the association (coordinators) see and move every case, add and rename
 *   spaces; they and the corporation list all cases and export them;
 * - the corporation sees a case (and its photos) only once it was forwarded to it, and then
 *   only posts progress;
 * - residents and outside neighbours see only the cases they reported or said "me too" to;
 * - photos are served only to those who may see their case; reporter names only to staff;
 * - anyone else learns nothing about a case, not even that it exists: 404.
 *
 * Some answers differ per caller in a way one row cannot say (a reporter who sees the case but
 * may not move it gets 403, where a caller who does not see it gets 404); those rows make the
 * main call on a case the caller does not know and assert the other answer inside `call`.
 */
export function defectsAccess(world: AccessWorld): AccessArea {
  const clock = systemClock;
  const managers: Principal[] = ['staff', 'coordinator', 'admin'];
  const handlers: Principal[] = [...managers, 'corporation'];
  /** Those who may report: every member but the corporation. */
  const reporters: Principal[] = exceptCorporation;
  const NO_ID = '00000000-0000-4000-8000-000000000000';

  /** A resident who is none of the callers: their cases are only the handlers' business. */
  let bystander: TestMember;
  const r = {} as {
    hall: string;
    /** A space only for the PATCH row. */
    renamed: string;
    /** The bystander's open case, forwarded to nobody (and its photo). */
    theirs: string;
    theirsPhoto: string;
    theirsWhat: string;
    /** The bystander's case forwarded to the corporation (and its photo). */
    forwarded: string;
    forwardedPhoto: string;
    forwardedWhat: string;
    /** The resident's case that the neighbour said "me too" to (with the resident's photo). */
    shared: string;
    sharedPhoto: string;
    /** The resident's own case, forwarded (the resident may not move it). */
    ownForwarded: string;
    /** The bystander's case in their own home, and a solved case. */
    theirHome: string;
    solved: string;
    /** An open case of the bystander that every caller says "me too" to. */
    meToo: string;
    /** Per caller: the bystander's open and forwarded cases to move. */
    toAcknowledge: string[];
    toProgress: string[];
  };

  const projectId = () => world.project.id;
  const member = (p: Principal) => world.who.get(p)!;
  const at = (i: number) => principals[i]!;

  async function report(reporter: TestMember, what: string, place?: 'unit'): Promise<string> {
    const { record } = await reportDefect(world.db, clock, {
      projectId: projectId(),
      userId: reporter.userId,
      clientId: randomUUID(),
      place: place === 'unit' ? { kind: 'unit' } : { kind: 'space', spaceId: r.hall },
      what,
      since: 'days',
      urgency: 'normal',
      locale: 'nl',
    });
    return record.defect.id;
  }

  async function move(defectId: string, status: 'forwarded' | 'solved') {
    await changeDefect(world.db, clock, {
      defectId,
      userId: member('staff').userId,
      change: { status },
    });
  }

  async function photo(defectId: string, reporter: TestMember, colour: number): Promise<string> {
    const report = await reportOf(world.db, defectId, reporter.userId);
    if (!report) throw new Error('no report to hang the photo on');
    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: { r: colour, g: 80, b: 40 } },
    })
      .png()
      .toBuffer();
    const row = await storePhoto(world.db, clock, {
      defectId,
      reportId: report.id,
      photo: await cleanPhoto(png),
    });
    return row.id;
  }

  /** A record per caller who may change it; the callers who may not share one. */
  async function perCaller(allowed: Principal[], make: () => Promise<string>): Promise<string[]> {
    const shared = await make();
    const ids: string[] = [];
    for (const p of principals) ids.push(allowed.includes(p) ? await make() : shared);
    return ids;
  }

  async function setup() {
    const db = world.db;
    bystander = await buildMember(db, projectId(), 'resident', 'Melder Gebrek');
    await giveHome(db, projectId(), bystander, '41b');
    const spaces = await listSpaces(db, projectId());
    r.hall = spaces[0]!.id;
    r.renamed = (await addSpace(db, projectId(), { name: 'Fietsenkelder oost', kind: 'other' })).id;

    r.theirsWhat = 'De lamp in de hal is kapot (alleen voor wie gebreken behandelt)';
    r.theirs = await report(bystander, r.theirsWhat);
    r.theirsPhoto = await photo(r.theirs, bystander, 10);
    r.forwardedWhat = 'De voordeur sluit niet meer (doorgestuurd naar de corporatie)';
    r.forwarded = await report(bystander, r.forwardedWhat);
    r.forwardedPhoto = await photo(r.forwarded, bystander, 20);
    await move(r.forwarded, 'forwarded');

    const resident = member('resident');
    r.shared = await report(resident, 'Het hek van de tuin hangt scheef');
    r.sharedPhoto = await photo(r.shared, resident, 30);
    await addMeToo(db, clock, {
      defectId: r.shared,
      userId: member('neighbour').userId,
      locale: 'nl',
    });
    r.ownForwarded = await report(resident, 'De brievenbussen zijn opengebroken');
    await move(r.ownForwarded, 'forwarded');

    r.theirHome = await report(bystander, 'De kraan in mijn keuken lekt', 'unit');
    r.solved = await report(bystander, 'De deurbel deed het niet');
    await move(r.solved, 'solved');
    r.meToo = await report(bystander, 'De verlichting in het trappenhuis flikkert');

    r.toAcknowledge = await perCaller(managers, () => report(bystander, 'Het raam klemt'));
    r.toProgress = await perCaller(handlers, async () => {
      const id = await report(bystander, 'De lift staat stil');
      await move(id, 'forwarded');
      return id;
    });
  }

  const base = () => `/api/projects/${projectId()}/defects`;
  const sees = (status: number) => status === 200;

  /** Reporter names (and who made a change) are for support staff only. */
  function expectNamesOnlyForStaff(i: number, views: DefectView[]) {
    const staff = at(i) === 'staff' || at(i) === 'admin';
    for (const view of views) {
      expect('reporters' in view, `reporter names for ${at(i)}`).toBe(staff);
      if (!staff) expect(view.history.some((h) => h.byName !== undefined)).toBe(false);
    }
  }

  /** An answer for a caller the row's main call cannot check (see the note above). */
  async function expectAnswer(response: Awaited<ReturnType<Client['get']>>, status: number) {
    expect(response.status, JSON.stringify(response.json)).toBe(status);
  }

  const routes: RouteCase[] = [
    {
      route: 'GET /api/projects/:projectId/defects',
      name: 'the list: each member their own cases, handlers all (the corporation: only what was forwarded to it)',
      allowed: everyMember,
      call: async (c, i, who) => {
        const response = await c.get(base());
        if (sees(response.status)) {
          const views = response.json.defects as DefectView[];
          const ids = views.map((v) => v.id);
          if (managers.includes(at(i))) expect(ids).toContain(r.theirs);
          else if (at(i) === 'corporation') {
            expect(ids).toContain(r.forwarded);
            expect(ids).not.toContain(r.theirs);
            for (const v of views) expect(v.history.map((h) => h.status)).toContain('forwarded');
          } else {
            expect(views.length).toBeGreaterThan(0);
            for (const v of views) expect(v.mine, `${who?.name} is on ${v.ref}`).not.toBeNull();
          }
          expectNamesOnlyForStaff(i, views);
        }
        return response;
      },
    },
    {
      route: 'GET /api/projects/:projectId/defects',
      name: 'the list of all cases: handlers only',
      allowed: handlers,
      call: (c) => c.get(`${base()}?scope=all`),
    },
    {
      route: 'POST /api/projects/:projectId/defects',
      name: 'report a defect: every member but the corporation',
      allowed: reporters,
      ok: 201,
      call: (c, i) =>
        c.post(base(), {
          clientId: `acl-defect-${i}`,
          place: { kind: 'space', spaceId: r.hall },
          what: `Er ligt glas bij de ingang (${i})`,
        }),
    },
    {
      route: 'GET /api/projects/:projectId/defects/similar',
      name: 'look-alike open cases before reporting: those who may report',
      allowed: reporters,
      call: (c) => c.get(`${base()}/similar?spaceId=${r.hall}&what=lamp%20hal%20kapot`),
    },
    {
      route: 'GET /api/projects/:projectId/defects/places',
      name: "the project's shared spaces: every member",
      allowed: everyMember,
      call: (c) => c.get(`${base()}/places`),
    },
    {
      route: 'GET /api/projects/:projectId/defects/repair-contacts',
      name: 'the repair line from the neighbourhood card: every member',
      allowed: everyMember,
      call: (c) => c.get(`${base()}/repair-contacts`),
    },
    {
      route: 'POST /api/projects/:projectId/defects/spaces',
      name: 'add a shared space: staff and the association',
      allowed: managers,
      ok: 201,
      call: (c, i) => c.post(`${base()}/spaces`, { name: `Ruimte ${i}`, kind: 'storage' }),
    },
    {
      route: 'PATCH /api/projects/:projectId/defects/spaces/:spaceId',
      name: 'rename a shared space: staff and the association',
      allowed: managers,
      call: (c, i) => c.patch(`${base()}/spaces/${r.renamed}`, { name: `Kelder ${i}` }),
    },
    {
      route: 'GET /api/projects/:projectId/defects/export.csv',
      name: 'the CSV of all cases: handlers (the corporation: only what was forwarded to it)',
      allowed: handlers,
      call: async (c, i) => {
        const response = await c.get(`${base()}/export.csv`);
        if (sees(response.status)) {
          const csv = String(response.json);
          expect(csv).toContain(r.forwardedWhat);
          if (at(i) === 'corporation') expect(csv).not.toContain(r.theirsWhat);
          else expect(csv).toContain(r.theirsWhat);
          expect(csv).not.toContain(bystander.name);
        }
        return response;
      },
    },
    {
      route: 'GET /api/defects/print.css',
      name: 'the stylesheet of the printable page: public',
      allowed: everyone,
      call: (c) => c.get('/api/defects/print.css'),
    },
    {
      route: 'GET /api/defects/:defectId',
      name: "someone else's case: handlers of the project only (not the corporation before it is forwarded); 404 for the rest",
      allowed: managers,
      denied: 404,
      call: async (c, i) => {
        const response = await c.get(`/api/defects/${r.theirs}`);
        if (sees(response.status)) expectNamesOnlyForStaff(i, [response.json.defect as DefectView]);
        return response;
      },
    },
    {
      route: 'GET /api/defects/:defectId',
      name: 'a case forwarded to the corporation: handlers and the corporation; 404 for the rest',
      allowed: handlers,
      denied: 404,
      call: async (c, i) => {
        const response = await c.get(`/api/defects/${r.forwarded}`);
        if (sees(response.status)) expectNamesOnlyForStaff(i, [response.json.defect as DefectView]);
        return response;
      },
    },
    {
      route: 'GET /api/defects/:defectId',
      name: 'a case its reporter and a "me too" neighbour share: both of them and the handlers; 404 for the rest',
      allowed: ['resident', 'neighbour', ...managers],
      denied: 404,
      call: async (c, i) => {
        const response = await c.get(`/api/defects/${r.shared}`);
        if (sees(response.status)) {
          const view = response.json.defect as DefectView;
          expectNamesOnlyForStaff(i, [view]);
          expect(view.photos.map((p) => p.id)).toEqual([r.sharedPhoto]);
        }
        return response;
      },
    },
    {
      route: 'GET /api/defects/:defectId',
      name: 'a case that does not exist: 404 for every signed-in caller',
      allowed: [],
      denied: 404,
      call: (c) => c.get(`/api/defects/${NO_ID}`),
    },
    {
      route: 'POST /api/defects/:defectId/me-too',
      name: '"me too" to an open shared-space case: every member but the corporation; outsiders 404 (a home: its own people; a closed case: 409, checked inside)',
      allowed: reporters,
      denied: 403,
      hidden: ['stranger', 'otherProject'],
      call: async (c, i) => {
        if (reporters.includes(at(i))) {
          await expectAnswer(await c.post(`/api/defects/${r.theirHome}/me-too`, {}), 404);
          await expectAnswer(await c.post(`/api/defects/${r.solved}/me-too`, {}), 409);
        }
        const response = await c.post(`/api/defects/${r.meToo}/me-too`, { note: 'Ik ook' });
        if (sees(response.status)) {
          const view = response.json.defect as DefectView;
          expect(view.mine).toBe('me_too');
          expect(view.id).toBe(r.meToo);
        }
        return response;
      },
    },
    {
      route: 'POST /api/defects/:defectId/status',
      name: "acknowledge someone else's case: staff and the association; 404 for the rest (a reporter on their own case: 403, checked inside)",
      allowed: managers,
      denied: 404,
      call: async (c, i) => {
        if (at(i) === 'resident') {
          const own = await c.post(`/api/defects/${r.shared}/status`, { status: 'acknowledged' });
          await expectAnswer(own, 403);
          expect(own.json.error?.code).toBe('forbidden');
        }
        return c.post(`/api/defects/${r.toAcknowledge[i]}/status`, { status: 'acknowledged' });
      },
    },
    {
      route: 'POST /api/defects/:defectId/status',
      name: 'progress on a forwarded case: handlers and the corporation; 404 for the rest (the corporation moving it back, a reporter on their own: 403, checked inside)',
      allowed: handlers,
      denied: 404,
      call: async (c, i) => {
        if (at(i) === 'corporation') {
          const back = await c.post(`/api/defects/${r.forwarded}/status`, {
            status: 'acknowledged',
          });
          await expectAnswer(back, 403);
        }
        if (at(i) === 'resident') {
          const own = await c.post(`/api/defects/${r.ownForwarded}/status`, {
            status: 'in_progress',
          });
          await expectAnswer(own, 403);
        }
        return c.post(`/api/defects/${r.toProgress[i]}/status`, {
          status: 'in_progress',
          plannedFor: '2026-12-14',
          note: 'De monteur komt maandag',
        });
      },
    },
    {
      route: 'GET /api/defects/:defectId/export.json',
      name: "Open311 JSON of someone else's case: handlers of the project; 404 for the rest (a reporter on their own: 403, checked inside)",
      allowed: managers,
      denied: 404,
      call: async (c, i) => {
        if (at(i) === 'resident')
          await expectAnswer(await c.get(`/api/defects/${r.shared}/export.json`), 403);
        return c.get(`/api/defects/${r.theirs}/export.json`);
      },
    },
    {
      route: 'GET /api/defects/:defectId/export.json',
      name: 'Open311 JSON of a forwarded case: handlers and the corporation; 404 for the rest',
      allowed: handlers,
      denied: 404,
      call: (c) => c.get(`/api/defects/${r.forwarded}/export.json`),
    },
    {
      route: 'GET /api/defects/:defectId/export.html',
      name: "the printable page of someone else's case: handlers of the project; 404 for the rest",
      allowed: managers,
      denied: 404,
      call: async (c, i) => {
        if (at(i) === 'resident')
          await expectAnswer(await c.get(`/api/defects/${r.shared}/export.html`), 403);
        return c.get(`/api/defects/${r.theirs}/export.html`);
      },
    },
    {
      route: 'GET /api/defects/:defectId/export.html',
      name: 'the printable page of a forwarded case: handlers and the corporation; 404 for the rest',
      allowed: handlers,
      denied: 404,
      call: async (c) => {
        const response = await c.get(`/api/defects/${r.forwarded}/export.html`);
        if (sees(response.status)) expect(String(response.json)).not.toContain(bystander.name);
        return response;
      },
    },
    {
      route: 'POST /api/defect-photos/cases/:defectId',
      name: 'add a photo to one\'s own report: its reporter and the "me too" neighbour; 404 for the rest (handlers have no report of their own)',
      allowed: ['resident', 'neighbour'],
      ok: 201,
      denied: 404,
      call: async (c, i) => {
        const png = await sharp({
          create: { width: 6, height: 6, channels: 3, background: { r: i * 20, g: 10, b: 90 } },
        })
          .png()
          .toBuffer();
        return c.post(`/api/defect-photos/cases/${r.shared}`, { data: png.toString('base64') });
      },
    },
    {
      route: 'GET /api/defect-photos/:photoId',
      name: "a photo of someone else's case: handlers of the project only (not the corporation before it is forwarded); 404 for the rest",
      allowed: managers,
      denied: 404,
      call: (c) => c.get(`/api/defect-photos/${r.theirsPhoto}`),
    },
    {
      route: 'GET /api/defect-photos/:photoId',
      name: 'a photo of a forwarded case: handlers and the corporation; 404 for the rest',
      allowed: handlers,
      denied: 404,
      call: (c) => c.get(`/api/defect-photos/${r.forwardedPhoto}`),
    },
    {
      route: 'GET /api/defect-photos/:photoId',
      name: 'a photo of a shared case: its reporters and the handlers; 404 for the rest',
      allowed: ['resident', 'neighbour', ...managers],
      denied: 404,
      call: (c) => c.get(`/api/defect-photos/${r.sharedPhoto}`),
    },
    {
      route: 'GET /api/defect-photos/:photoId',
      name: 'a photo that does not exist: 404 for every signed-in caller',
      allowed: [],
      denied: 404,
      call: (c) => c.get(`/api/defect-photos/${NO_ID}`),
    },
  ];

  return { setup, routes, events: {} };
}
