import { startTestServer } from '../../support/app';
import { buildMember, buildProject } from '../../support/factories';
import { activitiesFuzz } from './activities';
import { concernsFuzz } from './concerns';
import { defectsFuzz } from './defects';
import type { FuzzWorld } from './generators';
import { moderationFuzz } from './moderation';
import { notificationsFuzz } from './notifications';

/**
 * The fuzz suites' world and every area's generators. Call at module level (the generators read
 * the world lazily), then `open()` in `beforeAll`.
 */
export function fuzzWorld() {
  const world = {} as FuzzWorld;
  const areas = [
    activitiesFuzz(world),
    concernsFuzz(world),
    defectsFuzz(world),
    moderationFuzz(world),
    notificationsFuzz(world),
  ];
  return {
    world,
    areas,
    /** A server, a project with an admin and a staff member, another project; areas' records. */
    async open(): Promise<FuzzWorld> {
      const server = await startTestServer();
      const db = server.database.db;
      const project = await buildProject(db, 'Fuzzhof');
      const other = await buildProject(db, 'Elders');
      const admin = await buildMember(db, project.id, 'admin', 'Beheerder');
      const staff = await buildMember(db, project.id, 'staff', 'Fuzzer', undefined, 'en');
      Object.assign(world, { server, db, project, other, admin, staff } satisfies FuzzWorld);
      for (const area of areas) await area.setup?.();
      return world;
    },
  };
}
