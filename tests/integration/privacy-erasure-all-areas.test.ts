import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import * as schema from '../../db/schema';
import {
  activitySignups,
  alerts,
  burenberichtRecipients,
  burenberichten,
  calendarFeeds,
  channels,
  concerns,
  corporationCases,
  defectPhotos,
  defectReports,
  discordAccounts,
  memberInterests,
  messages,
  pushSubscriptions,
  supportLinks,
  taskSignups,
  users,
  volunteerTasks,
} from '../../db/schema';
import { hashSecret } from '../../server/domain/auth/tokens';
import { signUp } from '../../server/domain/activities/signups';
import { createAlert, routeHelp } from '../../server/domain/concerns/alerts';
import { postToStaffRoom } from '../../server/domain/concerns/delivery';
import { ERASED_AUTHOR_ID, personalDataAreas } from '../../server/domain/privacy/areas';
import { t } from '../../server/i18n/catalogue';
import { startTestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { connectMember } from '../support/clients';
import { reportByForm, watch } from '../support/concerns';
import type { Message } from '../../server/protocol/messages';
import { defectApi } from '../support/defects';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

/**
 * Issue 19: a person who did everything (a report, a help request, a care signal, a defect with a
 * photo, a place at a full activity with a waitlist, an interest, a volunteer task, a push
 * subscription, a calendar link, a Discord link, messages) downloads their data (every area is
 * there) and erases their account: every row is gone or anonymised, the waitlisted neighbour is
 * offered the seat, the corporation's case and the staff room's notices no longer name them, and
 * their remaining messages carry the one shared anonymous author.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
const clock = new ManualClock('2026-04-06T09:00:00Z');
let fenna: TestMember;
let gijs: TestMember;
let esther: TestMember;
let kees: TestMember;

const careNote = 'Ik maak me zorgen om de buurman van 12, hij eet niet meer';
const helpNote = 'Ik kom er niet uit met mijn post';

beforeAll(async () => {
  server = await startTestServer({ clock });
  const db = server.database.db;
  project = await buildProject(db, 'Wisselhof');
  fenna = await buildMember(db, project.id, 'resident', 'Fenna', clock);
  gijs = await buildMember(db, project.id, 'resident', 'Gijs', clock);
  esther = await buildMember(db, project.id, 'staff', 'Esther', clock);
  kees = await buildMember(db, project.id, 'coordinator', 'Kees', clock);
  await db
    .insert(supportLinks)
    .values({ projectId: project.id, staffUserId: esther.userId, residentUserId: fenna.userId });
});
afterAll(() => server.stop());

/** Every column in the schema that refers to a person, as (table, column). */
function personColumns(): { table: PgTable; name: string; column: string }[] {
  const out = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    for (const fk of config.foreignKeys) {
      if (getTableConfig(fk.reference().foreignTable).name !== 'users') continue;
      for (const column of fk.reference().columns)
        out.push({ table: value, name: config.name, column: column.name });
    }
  }
  return out;
}

/** The parts of the export file this test reads (the rest is checked by key). */
interface ExportFile {
  messages: { body: string }[];
  concerns: { reported: Record<string, unknown>[] };
  helpAndSignals: { kind: string }[];
  burenberichten: { myReply: Record<string, unknown> | null }[];
  corporationCases: { fromMyReports: Record<string, unknown>[] };
  defects: { reports: (Record<string, unknown> & { photo: { dataUrl: string } | null })[] };
  activitySignups: Record<string, unknown>[];
  volunteerTasks: Record<string, unknown>[];
  interests: Record<string, unknown>[];
  pushSubscriptions: Record<string, unknown>[];
  calendarFeeds: Record<string, unknown>[];
  discord: { accounts: Record<string, unknown>[] };
}

describe('a person who used every part of Buurtkamer', () => {
  let concernId: string;
  let activityId: string;
  let defectId: string;
  let caseId: string;
  const written: string[] = [];

  beforeAll(async () => {
    const db = server.database.db;
    // Messages in the common room (and one from Gijs in between).
    const f = await connectMember(server.url, fenna.cookie);
    const g = await connectMember(server.url, gijs.cookie);
    for (const body of ['Wie heeft er zin in koffie?', 'Ik neem koekjes mee']) {
      written.push((await f.client.send(project.channels.common, body)).id);
      await g.client.send(project.channels.common, `Ja! (${body.length})`);
    }
    f.close();
    g.close();

    // A concern by form, forwarded to the corporation with her name and the conversation.
    const concern = await reportByForm(server.url, fenna, project.id, {
      category: 'noise',
      description: 'Elke nacht harde muziek bij nummer 12',
    });
    concernId = concern.id;
    const [made] = await db
      .insert(corporationCases)
      .values({
        concernId,
        projectId: project.id,
        scope: 'named',
        forwardedById: esther.userId,
        forwardedAt: clock.now(),
        updatedAt: clock.now(),
        summary: {
          category: 'noise',
          description: 'Elke nacht harde muziek bij nummer 12',
          whenText: 'na middernacht',
          frequency: null,
          effect: 'Ik slaap slecht',
          unitLabel: '12',
          reporterName: 'Fenna',
          reportedAt: clock.now().toISOString(),
          steps: [{ step: 'intake', at: clock.now().toISOString() }],
          thread: [
            { author: 'Fenna', role: 'bewoner', body: 'Het is weer begonnen', at: 'x' },
            { author: 'Esther', role: 'begeleider', body: 'Ik kijk ernaar', at: 'x' },
          ],
        },
      })
      .returning();
    caseId = made!.id;

    // A burenbericht delivered to her, with her answer.
    const [bb] = await db
      .insert(burenberichten)
      .values({
        concernId,
        projectId: project.id,
        body: 'Een buur vraagt of de muziek zachter kan.',
        targetUserId: fenna.userId,
        sentAt: clock.now(),
        replyKind: 'own_words',
        replyText: 'Sorry, ik let erop',
        repliedById: fenna.userId,
        repliedAt: clock.now(),
      })
      .returning();
    await db
      .insert(burenberichtRecipients)
      .values({ burenberichtId: bb!.id, userId: fenna.userId });

    // A help request (to her own support worker) and a care signal, as Buurtbot raises them,
    // and a Buurtbot notice in the staff room that names her without an alert.
    await db.transaction(async (tx) => {
      const route = await routeHelp(tx, project.id, fenna.userId, clock.now());
      await createAlert(tx, clock, {
        projectId: project.id,
        kind: 'help',
        priority: 'normal',
        subjectUserId: fenna.userId,
        summary: helpNote,
        codes: ['money', 'asked'],
        assignedToId: route.assignedToId,
        staffNotice: `${t('nl', 'staff.help_request', { name: 'Fenna', topic: 'geld' })}\n${helpNote}`,
      });
      await createAlert(tx, clock, {
        projectId: project.id,
        kind: 'care',
        priority: 'high',
        subjectUserId: fenna.userId,
        unitLabel: '12',
        summary: careNote,
        staffNotice: t('nl', 'staff.care_signal', { name: 'Fenna', note: careNote, unit: '' }),
      });
      await postToStaffRoom(tx, clock, project.id, 'Aanvulling op de hulpvraag van Fenna: post');
    });

    // A defect with a photo.
    const reported = await defectApi(server.url, fenna, project).report({
      place: { kind: 'unit' },
      what: 'De kraan in de keuken lekt',
    });
    expect(reported.status, JSON.stringify(reported.json)).toBe(201);
    defectId = reported.json.defect.id;
    const [report] = await db
      .select()
      .from(defectReports)
      .where(eq(defectReports.userId, fenna.userId));
    await db.insert(defectPhotos).values({
      defectId,
      reportId: report!.id,
      mime: 'image/png',
      width: 1,
      height: 1,
      bytes: 4,
      data: Buffer.from([1, 2, 3, 4]),
    });

    // A full activity (one place) with Gijs waiting, a volunteer task, an interest.
    const activity = await publishActivity(server.url, kees.cookie, project.id, clock.now(), {
      title: 'Pannenkoeken bakken',
      capacity: 1,
    });
    activityId = activity.id;
    expect((await signUp(db, clock, { activityId, userId: fenna.userId, guests: 0 })).outcome).toBe(
      'confirmed',
    );
    expect((await signUp(db, clock, { activityId, userId: gijs.userId, guests: 0 })).outcome).toBe(
      'waitlisted',
    );
    const [task] = await db
      .insert(volunteerTasks)
      .values({ activityId, title: 'Beslag maken', slots: 1 })
      .returning();
    await db.insert(taskSignups).values({ taskId: task!.id, userId: fenna.userId });
    await db
      .insert(memberInterests)
      .values({ projectId: project.id, userId: fenna.userId, tag: 'cooking' });

    // A push subscription, a calendar link, a Discord link.
    await db.insert(pushSubscriptions).values({
      userId: fenna.userId,
      endpoint: 'https://push.example.net/send/fenna-telefoon',
      p256dh: 'p256dh-sleutel',
      auth: 'auth-sleutel',
      userAgent: 'Telefoon',
    });
    await db.insert(calendarFeeds).values({
      projectId: project.id,
      userId: fenna.userId,
      scope: 'personal',
      tokenHash: hashSecret('geheime-agenda'),
    });
    await db.insert(discordAccounts).values({
      discordUserId: '900100200300',
      userId: fenna.userId,
      linked: true,
      discordName: 'fenna_bakt',
      linkedAt: clock.now(),
    });
  });

  it('downloads all of it: every area is in the file, without secrets', async () => {
    const response = await api(server.url, fenna.cookie).get('/api/me/export');
    expect(response.status).toBe(200);
    const data = response.json as unknown as ExportFile;
    for (const area of personalDataAreas) expect(data).toHaveProperty(area.name);
    expect(data.messages.map((m) => m.body)).toEqual([
      'Wie heeft er zin in koffie?',
      'Ik neem koekjes mee',
    ]);
    expect(data.concerns.reported[0]).toMatchObject({
      id: concernId,
      description: 'Elke nacht harde muziek bij nummer 12',
    });
    expect(data.helpAndSignals.map((a) => a.kind).sort()).toEqual(['care', 'help']);
    expect(data.burenberichten[0]?.myReply).toMatchObject({ text: 'Sorry, ik let erop' });
    expect(data.corporationCases.fromMyReports[0]).toMatchObject({ id: caseId });
    expect(data.defects.reports[0]).toMatchObject({
      defectId,
      what: 'De kraan in de keuken lekt',
    });
    expect(data.defects.reports[0]?.photo?.dataUrl).toBe('data:image/png;base64,AQIDBA==');
    expect(data.activitySignups[0]).toMatchObject({ activityId, status: 'confirmed' });
    expect(data.volunteerTasks[0]).toMatchObject({ task: 'Beslag maken' });
    expect(data.interests[0]).toMatchObject({ tag: 'cooking' });
    expect(data.pushSubscriptions[0]).toMatchObject({ pushService: 'push.example.net' });
    expect(data.calendarFeeds[0]).toMatchObject({ scope: 'personal' });
    expect(data.discord.accounts[0]).toMatchObject({ discordName: 'fenna_bakt', linked: true });
    const text = JSON.stringify(data);
    for (const secret of [
      'fenna-telefoon',
      'p256dh-sleutel',
      'auth-sleutel',
      hashSecret('geheime-agenda'),
      hashSecret(fenna.token),
      // Support status and staff names are not hers to read here.
      'own_worker',
      'Esther',
      esther.userId,
    ])
      expect(text).not.toContain(secret);
  });

  it('erases all of it: nothing refers to her, the seat is offered, nothing names her', async () => {
    const db = server.database.db;
    const staffScreen = await watch(server.url, esther.cookie);
    const response = await api(server.url, fenna.cookie).request('DELETE', '/api/me', {
      confirm: true,
    });
    expect(response.status).toBe(200);
    // An open staff screen sees the notices change at once.
    const isStaffRoom = (m: Message) => m.channelId === project.channels.staff;
    await staffScreen.waitFor<Message>(
      'message:updated',
      (m) => isStaffRoom(m) && m.body === t('nl', 'privacy.erased_notice'),
    );
    await staffScreen.waitFor<Message>(
      'message:updated',
      (m) =>
        isStaffRoom(m) && m.body.includes('Aanvulling op de hulpvraag van Verwijderde gebruiker'),
    );
    staffScreen.close();

    // No column anywhere still points at her, except her own (emptied) user row.
    for (const { table, name, column } of personColumns()) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(sql`${sql.identifier(column)} = ${fenna.userId}`);
      expect(row?.n, `${name}.${column}`).toBe(0);
    }
    const [user] = await db.select().from(users).where(eq(users.id, fenna.userId));
    expect(user).toMatchObject({ displayName: 'Verwijderde gebruiker', email: null });

    // Gijs, on the waitlist, is offered the freed place and told so.
    const [seat] = await db
      .select()
      .from(activitySignups)
      .where(
        and(eq(activitySignups.activityId, activityId), eq(activitySignups.userId, gijs.userId)),
      );
    expect(seat?.status).toBe('offered');
    const told = await db
      .select({ body: messages.body })
      .from(messages)
      .innerJoin(channels, eq(channels.id, messages.channelId))
      .where(and(eq(channels.kind, 'bot'), eq(channels.projectId, project.id)));
    expect(told.some((m) => m.body.includes('Pannenkoeken bakken'))).toBe(true);

    // The concern stays for staff without her words; the case keeps what the repair needs.
    const [concern] = await db.select().from(concerns).where(eq(concerns.id, concernId));
    expect(concern).toMatchObject({ reporterId: null, description: null, effect: null });
    const [kase] = await db.select().from(corporationCases).where(eq(corporationCases.id, caseId));
    expect(kase?.summary).toMatchObject({ category: 'noise', unitLabel: '12', reporterName: null });
    expect(JSON.stringify(kase?.summary)).not.toMatch(/Fenna|harde muziek|slaap|begonnen/);
    const [bb] = await db
      .select()
      .from(burenberichten)
      .where(eq(burenberichten.concernId, concernId));
    expect(bb).toMatchObject({ replyText: null, repliedById: null, targetUserId: null });

    // Her alerts: no name, no words, no routing reason (support status lives in support_links).
    const mine = await db.select().from(alerts).where(eq(alerts.projectId, project.id));
    expect(mine).toHaveLength(2);
    for (const alert of mine) expect(alert).toMatchObject({ subjectUserId: null, summary: null });

    // The staff room and staff members' private notices no longer name or quote her.
    const notices = await db
      .select({ body: messages.body })
      .from(messages)
      .innerJoin(channels, eq(channels.id, messages.channelId))
      .where(eq(channels.projectId, project.id));
    const all = notices.map((n) => n.body).join('\n');
    expect(all).not.toMatch(/Fenna/i);
    expect(all).not.toContain(careNote);
    expect(all).not.toContain(helpNote);
    expect(all).toContain(t('nl', 'privacy.erased_notice'));

    // Defect: her report and photo are gone, the case stays for the repair.
    expect(await db.select().from(defectPhotos).where(eq(defectPhotos.defectId, defectId))).toEqual(
      [],
    );
    expect(
      await db.select().from(schema.defects).where(eq(schema.defects.id, defectId)),
    ).toHaveLength(1);

    // Her remaining messages: same ids and numbers, the one shared anonymous author, nothing
    // that ties them together (each has a client id of its own).
    const left = await db.select().from(messages).where(inArray(messages.id, written));
    expect(left).toHaveLength(2);
    for (const m of left) {
      expect(m.authorId).toBe(ERASED_AUTHOR_ID);
      expect(m.clientId).toBe(`erased:${m.id}`);
    }
    const history = await api(server.url, gijs.cookie).get(
      `/api/channels/${project.channels.common}/messages`,
    );
    const shown = (
      history.json.messages as { id: string; author: { id: string; name: string } }[]
    ).filter((m) => written.includes(m.id));
    expect(shown.map((m) => m.author.name)).toEqual([
      'Verwijderde gebruiker',
      'Verwijderde gebruiker',
    ]);
    expect(JSON.stringify(history.json)).not.toContain(fenna.userId);
  });

  it('gives a second erased person the same anonymous author, so the author id tells nothing', async () => {
    const db = server.database.db;
    const f = await connectMember(server.url, gijs.cookie);
    const sent = await f.client.send(project.channels.common, 'Tot ziens allemaal');
    f.close();
    const erased = await api(server.url, gijs.cookie).request('DELETE', '/api/me', {
      confirm: true,
    });
    expect(erased.status).toBe(200);
    const [m] = await db.select().from(messages).where(eq(messages.id, sent.id));
    expect(m?.authorId).toBe(ERASED_AUTHOR_ID);
    const authors = await db
      .selectDistinct({ id: messages.authorId })
      .from(messages)
      .where(
        and(eq(messages.channelId, project.channels.common), ne(messages.authorId, esther.userId)),
      );
    expect(authors.map((a) => a.id)).toEqual([ERASED_AUTHOR_ID]);
  });
});
