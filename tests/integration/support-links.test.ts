import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { memberships } from '../../db/schema';
import type { StaffAlert } from '../../server/protocol/concerns';
import type { SupportLink } from '../../server/protocol/projects';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { concernWorld, watch, type ConcernWorld } from '../support/concerns';
import { buildMember, buildProject } from '../support/factories';
import { api } from '../support/http';

/**
 * Support links as staff keep them on the members screen (HTTP, as the screen calls it), and
 * what they do: a resident's help request goes to their own support worker first, and only
 * while that person is still staff in the project.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let w: ConcernWorld;
let links: string;

beforeAll(async () => {
  server = await startTestServer();
  w = await concernWorld(server.database.db, 'Koppelhof');
  links = `/api/projects/${w.project.id}/support-links`;
});
afterAll(() => server.stop());

describe('keeping support links', () => {
  it('lets staff link, list and unlink; refuses wrong people and doubles with a clear reason', async () => {
    const esther = api(server.url, w.esther.cookie);
    expect((await esther.get(links)).json).toEqual({ supportLinks: [] });

    const made = await esther.post(links, {
      staffUserId: w.ilse.userId,
      residentUserId: w.bram.userId,
    });
    expect(made.status).toBe(201);
    const link = made.json as unknown as SupportLink;
    expect(link).toMatchObject({
      staffUserId: w.ilse.userId,
      staffName: 'Ilse',
      residentUserId: w.bram.userId,
      residentName: 'Bram',
    });
    const listed = (await esther.get(links)).json.supportLinks as SupportLink[];
    expect(listed).toEqual([link]);

    // The same pair again: a conflict that says so.
    const twice = await esther.post(links, {
      staffUserId: w.ilse.userId,
      residentUserId: w.bram.userId,
    });
    expect(twice.status).toBe(409);
    expect(twice.json.error).toMatchObject({
      code: 'conflict',
      fields: { residentUserId: 'Bram heeft deze begeleider al.' },
    });

    // A resident as support worker, staff as the one supported, the corporation, someone of
    // another project: refused per field, in the person's language; nothing made.
    const admin = await buildMember(
      server.database.db,
      w.project.id,
      'admin',
      'Beheer',
      undefined,
      'en',
    );
    const wrong = await api(server.url, admin.cookie).post(links, {
      staffUserId: w.anna.userId,
      residentUserId: w.ilse.userId,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({
      code: 'validation_failed',
      fields: {
        staffUserId: 'Choose a support worker of this project.',
        residentUserId: 'Choose a resident of this project.',
      },
    });
    const corporation = await esther.post(links, {
      staffUserId: w.esther.userId,
      residentUserId: w.wouter.userId,
    });
    expect(corporation.json.error?.fields).toEqual({
      residentUserId: 'Kies een bewoner van dit project.',
    });
    const other = await buildProject(server.database.db, 'Anderhof');
    const outsider = await buildMember(server.database.db, other.id, 'resident', 'Buiten');
    const elsewhere = await esther.post(links, {
      staffUserId: w.esther.userId,
      residentUserId: outsider.userId,
    });
    expect(elsewhere.status).toBe(400);
    const extra = await esther.post(links, {
      staffUserId: w.esther.userId,
      residentUserId: w.chris.userId,
      note: 'x',
    });
    expect(extra.json.error?.fields).toEqual({ _: 'Dit veld kennen we niet.' });
    expect((await esther.get(links)).json.supportLinks).toHaveLength(1);

    // An admin links too; a link of another project is not found here.
    const byAdmin = await api(server.url, admin.cookie).post(links, {
      staffUserId: admin.userId,
      residentUserId: w.noor.userId,
    });
    expect(byAdmin.status).toBe(201);
    const otherStaff = await buildMember(server.database.db, other.id, 'staff', 'Elders');
    const otherLink = await api(server.url, otherStaff.cookie).post(
      `/api/projects/${other.id}/support-links`,
      { staffUserId: otherStaff.userId, residentUserId: outsider.userId },
    );
    expect(otherLink.status).toBe(201);
    const crossed = await esther.delete(`${links}/${otherLink.json.id as string}`);
    expect(crossed.status).toBe(404);

    // Unlinking; the second time there is nothing left to remove.
    expect((await esther.delete(`${links}/${byAdmin.json.id as string}`)).status).toBe(200);
    expect((await esther.delete(`${links}/${byAdmin.json.id as string}`)).status).toBe(404);
    expect((await esther.get(links)).json.supportLinks).toEqual([link]);
  });
});

describe('a help request and the own support worker', () => {
  it('goes to the own support worker first, and not to someone who is no longer staff', async () => {
    const staff = await watch(server.url, w.esther.cookie);
    const esther = api(server.url, w.esther.cookie);
    const made = await esther.post(links, {
      staffUserId: w.esther.userId,
      residentUserId: w.chris.userId,
    });
    expect(made.status).toBe(201);

    const chris = await talkToBot(server.url, w.chris.cookie, w.project.id);
    await chris.say('/hulp');
    const helped = await chris.press(/^Nee, vandaag/, 2);
    expect(helped.map((m) => m.body).join(' ')).toContain(
      'Je begeleider Esther neemt contact met je op.',
    );
    await chris.press(/Overslaan/);
    const help = await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'help' && a.subject?.id === w.chris.userId,
    );
    expect(help).toMatchObject({ assignedTo: { name: 'Esther' }, assignedReason: 'own_worker' });

    // Esther is no longer staff here: her link no longer makes her Chris's own worker.
    await server.database.db
      .update(memberships)
      .set({ role: 'resident' })
      .where(and(eq(memberships.projectId, w.project.id), eq(memberships.userId, w.esther.userId)));
    await chris.say('/hulp');
    const again = await chris.press(/^Nee, vandaag/, 2);
    expect(again.map((m) => m.body).join(' ')).not.toContain('Je begeleider Esther');
    await server.database.db
      .update(memberships)
      .set({ role: 'staff' })
      .where(and(eq(memberships.projectId, w.project.id), eq(memberships.userId, w.esther.userId)));
    chris.close();
    staff.close();
  });
});
