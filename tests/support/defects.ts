import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { memberships, neighbourhoodCards } from '../../db/schema';
import { unitFor } from '../../server/domain/concerns/units';
import type { Db } from '../../db/database';
import { expect } from 'vitest';
import type {
  DefectStatus,
  DefectView,
  SimilarDefect,
  Space,
  UrgentAdvice,
} from '../../server/protocol/defects';
import type { Role } from '../../server/protocol/roles';
import { buildMember, buildProject, type TestMember, type TestProject } from './factories';
import { api } from './http';

/** The fictional card of the defect tests: a repair line and a corporation. */
export const repairLine = {
  kind: 'repairs' as const,
  name: 'Reparatiedienst Woonstede',
  phone: '030-555 0101',
  note: 'Lekkage, storing.',
};

/** A project with its card and one member of every role (and two residents with homes). */
export async function defectProject(db: Db, name = 'Gebrekenhof') {
  const project = await buildProject(db, name);
  await db.insert(neighbourhoodCards).values({
    projectId: project.id,
    contacts: [
      { kind: 'police', name: 'Wijkagent Sanne de Boer', phone: '0900-8844' },
      repairLine,
      { kind: 'corporation', name: 'Woonstede Utrecht', phone: '030-555 0100' },
    ],
    tips: [],
  });
  const member = (role: Role, who: string, locale: 'nl' | 'en' = 'nl') =>
    buildMember(db, project.id, role, who, undefined, locale);
  const people = {
    anouk: await member('resident', 'Anouk'),
    samir: await member('resident', 'Samir', 'en'),
    joke: await member('resident', 'Joke'),
    buur: await member('neighbour', 'Bram'),
    esther: await member('staff', 'Esther'),
    kees: await member('coordinator', 'Kees'),
    woonstede: await member('corporation', 'Woonstede'),
    admin: await member('admin', 'Ilse'),
  };
  await giveHome(db, project.id, people.anouk, '3');
  await giveHome(db, project.id, people.samir, '7');
  return { project, ...people };
}

export async function giveHome(db: Db, projectId: string, member: TestMember, label: string) {
  const unit = await unitFor(db, projectId, label);
  await db
    .update(memberships)
    .set({ unitId: unit.id })
    .where(eq(memberships.userId, member.userId));
}

interface ErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}
export type Reply<T> = { status: number; json: T & { error?: ErrorBody }; headers: Headers };
const typed = <T>(response: Promise<unknown>) => response as Promise<Reply<T>>;

/** The defect API as the web page calls it, for one member. */
export function defectApi(url: string, member: TestMember, project: TestProject) {
  const http = api(url, member.cookie);
  const base = `/api/projects/${project.id}/defects`;
  return {
    http,
    places: () => typed<{ spaces: Space[]; ownUnit: string | null }>(http.get(`${base}/places`)),
    async space(name: string): Promise<Space> {
      const { json } = await this.places();
      const found = json.spaces.find((s) => s.name === name);
      if (!found) throw new Error(`no space ${name} in ${JSON.stringify(json)}`);
      return found;
    },
    report: (body: Record<string, unknown>) =>
      typed<{ defect: DefectView; advice: UrgentAdvice | null }>(
        http.post(base, { clientId: randomUUID(), since: 'days', ...body }),
      ),
    similar: (query: Record<string, string>) =>
      typed<{ similar: SimilarDefect[] }>(
        http.get(`${base}/similar?${new URLSearchParams(query)}`),
      ),
    list: (query = '') => typed<{ defects: DefectView[] }>(http.get(`${base}${query}`)),
    get: (id: string) => typed<{ defect: DefectView }>(http.get(`/api/defects/${id}`)),
    meToo: (id: string, body: Record<string, unknown> = {}) =>
      typed<{ defect: DefectView }>(http.post(`/api/defects/${id}/me-too`, body)),
    change: (id: string, body: Record<string, unknown>) =>
      typed<{ defect: DefectView; changed: boolean }>(http.post(`/api/defects/${id}/status`, body)),
  };
}

export type DefectApi = ReturnType<typeof defectApi>;

/** A new case made by `reporter` in a shared space, brought to `status` by `staff` along the usual road. */
export async function defectCaseIn(
  reporter: DefectApi,
  staff: DefectApi,
  spaceId: string,
  status: DefectStatus,
): Promise<DefectView> {
  const made = await reporter.report({
    place: { kind: 'space', spaceId },
    what: `Proefgebrek ${Math.random().toString(36).slice(2, 8)}`,
  });
  expect(made.status).toBe(201);
  const roads: Record<DefectStatus, DefectStatus[]> = {
    open: [],
    acknowledged: ['acknowledged'],
    forwarded: ['forwarded'],
    in_progress: ['forwarded', 'in_progress'],
    solved: ['solved'],
    rejected: ['rejected'],
  };
  let view = made.json.defect;
  for (const step of roads[status]) {
    const moved = await staff.change(view.id, { status: step, reason: 'Hoort niet bij ons' });
    expect(moved.status).toBe(200);
    view = moved.json.defect;
  }
  expect(view.status).toBe(status);
  return view;
}
