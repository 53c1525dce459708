import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defects } from '../../db/schema';
import type { DefectStatus, DefectView } from '../../server/protocol/defects';
import { defectStatuses } from '../../server/protocol/defects';
import { startTestServer } from '../support/app';
import { defectApi, defectCaseIn, defectProject } from '../support/defects';

let server: Awaited<ReturnType<typeof startTestServer>>;
let world: Awaited<ReturnType<typeof defectProject>>;
let hallId: string;

beforeAll(async () => {
  server = await startTestServer();
  world = await defectProject(server.database.db);
  hallId = (await defectApi(server.url, world.anouk, world.project).space('Hal en gangen')).id;
});
afterAll(() => server.stop());

type Who = 'anouk' | 'joke' | 'buur' | 'esther' | 'kees' | 'admin' | 'woonstede';
const as = (who: Who) => defectApi(server.url, world[who], world.project);

/** A new case reported by Anouk, brought to `status` by staff along the usual road. */
const caseIn = (status: DefectStatus) => defectCaseIn(as('anouk'), as('esther'), hallId, status);

/** Puts a case back in the status (and forwarded state) it had; the test's own setup. */
async function putBack(view: DefectView) {
  await server.database.db
    .update(defects)
    .set({
      status: view.status,
      forwardedAt: view.status === 'forwarded' || view.status === 'in_progress' ? new Date() : null,
      closedAt: null,
    })
    .where(eq(defects.id, view.id));
}

/**
 * The rules, written out as the issue states them: staff and coordinators (and admins) move a
 * case; the corporation, once a case is forwarded to it, posts progress (in progress, solved,
 * rejected); residents and neighbours cannot change status.
 */
const managerMoves: Record<DefectStatus, DefectStatus[]> = {
  open: ['acknowledged', 'forwarded', 'in_progress', 'solved', 'rejected'],
  acknowledged: ['forwarded', 'in_progress', 'solved', 'rejected'],
  forwarded: ['acknowledged', 'in_progress', 'solved', 'rejected'],
  in_progress: ['forwarded', 'solved', 'rejected'],
  solved: ['open'],
  rejected: ['open'],
};
const corporationMoves: Record<DefectStatus, DefectStatus[]> = {
  open: [],
  acknowledged: [],
  forwarded: ['in_progress', 'solved', 'rejected'],
  in_progress: ['solved', 'rejected'],
  solved: [],
  rejected: [],
};
const managers: Who[] = ['esther', 'kees', 'admin'];
const nonManagers: Who[] = ['anouk', 'joke', 'buur', 'woonstede'];

function expectedFor(who: Who, from: DefectStatus, to: DefectStatus, forwarded: boolean) {
  if (managers.includes(who)) return managerMoves[from].includes(to) ? 200 : 403;
  if (who === 'woonstede') {
    if (!forwarded) return 404;
    return corporationMoves[from].includes(to) ? 200 : 403;
  }
  // Anouk reported every test case: she sees it but may not move it; others do not see it.
  return who === 'anouk' ? 403 : 404;
}

describe('every status change by every role', () => {
  for (const from of defectStatuses) {
    it(`from ${from}: allowed changes work, the others are refused and change nothing`, async () => {
      const refusedCase = await caseIn(from);
      const forwarded = from === 'forwarded' || from === 'in_progress';
      const attempts = [...managers, ...nonManagers].flatMap((who) =>
        defectStatuses
          .filter((to) => to !== from)
          .map((to) => ({ who, to, want: expectedFor(who, from, to, forwarded) })),
      );
      // Each role tries every change (roles side by side, one role's attempts in order).
      const outcomes = (
        await Promise.all(
          [...managers, ...nonManagers].map(async (who) => {
            const lines: string[] = [];
            const mine = attempts.filter((a) => a.who === who);
            const allowedCase = mine.some((a) => a.want === 200) ? await caseIn(from) : undefined;
            for (const { to, want } of mine) {
              const target = want === 200 && allowedCase ? allowedCase : refusedCase;
              const result = await as(who).change(target.id, { status: to, reason: 'Niet nodig' });
              // Set up the next try: the case back where it was (test setup, not a user step).
              if (target === allowedCase) await putBack(allowedCase);
              lines.push(`${who} ${from}->${to}: ${result.status}`);
              if (result.status === 200) expect(result.json.defect.status).toBe(to);
              if (result.status === 403)
                expect(result.json.error?.fields?.status).toBe('Deze stap kan nu niet.');
            }
            return lines;
          }),
        )
      ).flat();
      expect(outcomes).toEqual(attempts.map((a) => `${a.who} ${from}->${a.to}: ${a.want}`));
      const untouched = await as('esther').get(refusedCase.id);
      expect(untouched.json.defect.status).toBe(from);
      expect(untouched.json.defect.history).toHaveLength(refusedCase.history.length);
    });
  }
});

describe('input the database cannot hold', () => {
  it('a planned date that is not on the calendar gets a field error and changes nothing', async () => {
    const view = await caseIn('acknowledged');
    for (const plannedFor of [
      '2026-02-31',
      '2025-02-29',
      '2026-04-31',
      '0000-01-01',
      '1',
      'morgen',
    ]) {
      const refused = await as('esther').change(view.id, { status: 'acknowledged', plannedFor });
      expect(refused.status, plannedFor).toBe(400);
      expect(refused.json.error?.fields).toHaveProperty('plannedFor');
      const moving = await as('esther').change(view.id, { status: 'forwarded', plannedFor });
      expect(moving.status, plannedFor).toBe(400);
    }
    const leap = await as('esther').change(view.id, {
      status: 'acknowledged',
      plannedFor: '2028-02-29',
    });
    expect(leap.status).toBe(200);
    expect(leap.json.defect.plannedFor).toBe('2028-02-29');
    const after = await as('esther').get(view.id);
    expect(after.json.defect.history).toHaveLength(view.history.length + 1);
  });

  it('text with a NUL character gets a field error (what, notes, reasons, space names)', async () => {
    const nul = 'Anouk\u0000van nummer 7';
    const view = await caseIn('open');
    const base = `/api/projects/${world.project.id}/defects`;
    const esther = as('esther');
    const attempts = [
      await as('anouk').report({ place: { kind: 'space', spaceId: hallId }, what: nul }),
      await as('joke').meToo(view.id, { note: nul }),
      await esther.change(view.id, { status: 'acknowledged', note: nul }),
      await esther.change(view.id, { status: 'rejected', reason: nul }),
      await esther.http.post(`${base}/spaces`, { name: nul }),
      await esther.http.patch(`${base}/spaces/${hallId}`, { name: nul }),
    ];
    expect(attempts.map((a) => [a.status, a.json.error?.code])).toEqual(
      attempts.map(() => [400, 'validation_failed']),
    );
    expect((await esther.get(view.id)).json.defect).toMatchObject({
      status: 'open',
      reporterCount: 1,
    });
  });
});
