import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { alerts, messageModeration, messages } from '../../db/schema';
import type { StaffAlert } from '../../server/protocol/concerns';
import type { Message } from '../../server/protocol/messages';
import type { FlagResult } from '../../server/protocol/moderation';
import { postBotMessage } from '../../server/domain/buurtbot/messages';
import { systemClock } from '../../server/clock';
import { startTestServer } from '../support/app';
import { allDelivered, eventually } from '../support/clients';
import { concernWorld, data, watch, type ConcernWorld, type Watcher } from '../support/concerns';
import { buildMember, buildProject, buildStranger, type TestMember } from '../support/factories';
import { api } from '../support/http';

/**
 * Flag and hide in the shared rooms, as people meet them over real HTTP and Socket.IO: a member
 * flags a message and staff see a live alert while the author hears nothing; staff hide a
 * message and it disappears for the room live and from history, the author alone is told why,
 * and the audit keeps who did what. Quiet: the room never hears who or why.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let w: ConcernWorld;
const db = () => server.database.db;

beforeAll(async () => {
  server = await startTestServer();
  w = await concernWorld(db(), 'Meldhof');
});
afterAll(() => server.stop());

const flag = (who: TestMember, messageId: string, body: unknown = {}) =>
  api(server.url, who.cookie).post(`/api/messages/${messageId}/flag`, body);
const hide = (who: TestMember, messageId: string, body: unknown) =>
  api(server.url, who.cookie).post(`/api/messages/${messageId}/hide`, body);

async function auditOf(messageId: string) {
  return db().select().from(messageModeration).where(eq(messageModeration.messageId, messageId));
}

async function alertCount(projectId: string) {
  const [row] = await db()
    .select({ n: count() })
    .from(alerts)
    .where(and(eq(alerts.projectId, projectId), eq(alerts.kind, 'flagged_message')));
  return row?.n ?? 0;
}

/** Every event a watcher received, as one string: for "nothing about X reached them". */
const everything = (watcher: Watcher) => JSON.stringify(watcher.events);

describe('flagging a message ("Meld dit bericht")', () => {
  it('raises a live alert for staff with the start of the message and the room; the author hears nothing', async () => {
    const bram = await watch(server.url, w.bram.cookie);
    const anna = await watch(server.url, w.anna.cookie);
    const esther = await watch(server.url, w.esther.cookie);
    const sent = await bram.client.send(
      w.project.channels.common,
      'Die junkie van hiernaast moet gewoon weg, echt waar.',
    );

    const response = await flag(w.anna, sent.id, { note: 'Dit voelt niet fijn.' });
    expect(response.status).toBe(200);
    const result = response.json as unknown as FlagResult;
    expect(result).toEqual({
      messageId: sent.id,
      notice:
        'Dank je. Een begeleider kijkt naar het bericht. Niemand hoort dat jij het hebt gemeld.',
    });

    const alert = await esther.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'flagged_message',
    );
    // The alert is about the message and its writer: their words and the room.
    expect(alert).toMatchObject({
      projectId: w.project.id,
      priority: 'normal',
      status: 'new',
      subject: { name: 'Bram' },
      summary: '"Die junkie van hiernaast moet gewoon weg, echt waar." (in de Huiskamer)',
    });
    // The team room hears who flagged it and why.
    await eventually(() =>
      esther
        .messagesIn(w.project.channels.staff)
        .some(
          (m) =>
            m.body.startsWith('Anna meldt een bericht van Bram in de Huiskamer') &&
            m.body.includes('Toelichting: "Dit voelt niet fijn."'),
        ),
    );

    // Flagging it again changes nothing: the same answer, one alert, one audit row.
    const again = await flag(w.anna, sent.id);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(response.json);
    expect(await alertCount(w.project.id)).toBe(1);
    const audit = await auditOf(sent.id);
    expect(audit).toEqual([
      expect.objectContaining({
        projectId: w.project.id,
        actorId: w.anna.userId,
        action: 'flagged',
        reason: 'Dit voelt niet fijn.',
      }),
    ]);

    // The author: no alert, no Buurtbot message, nothing that names the flagger or the note.
    await allDelivered(server, bram.socket);
    expect(bram.of('alert:updated')).toEqual([]);
    // (Buurtbot may nudge him about naming a neighbour in the room: its own, earlier rule.)
    const fromBot = bram.received.filter((m) => m.author.role === 'bot');
    expect(fromBot.filter((m) => /gemeld|meldt|begeleider kijkt/i.test(m.body))).toEqual([]);
    expect(everything(bram)).not.toContain('Anna');
    expect(everything(bram)).not.toContain('Dit voelt niet fijn');
    // Neither does the flagger get staff-only events.
    expect(anna.of('alert:updated')).toEqual([]);
    // The message stays in the room: a flag alone hides nothing.
    const history = await api(server.url, w.chris.cookie).get(
      `/api/channels/${w.project.channels.common}/messages`,
    );
    expect(history.json.messages).toContainEqual(
      expect.objectContaining({ id: sent.id, body: sent.body }),
    );
    for (const x of [bram, anna, esther]) x.close();
  });

  it('works over the socket too, and refuses one’s own message and Buurtbot’s', async () => {
    const chris = await watch(server.url, w.chris.cookie);
    const noor = await watch(server.url, w.noor.cookie);
    const own = await chris.client.send(w.project.channels.activities, 'Wie gaat er mee vissen?');
    const ack = data(
      await noor.request<FlagResult>('message:flag', { messageId: own.id, note: 'Spam' }),
    );
    expect(ack.messageId).toBe(own.id);
    expect(await chris.request('message:flag', { messageId: own.id })).toMatchObject({
      error: { code: 'forbidden' },
    });
    // Buurtbot's own words in the room cannot be flagged; nor can a message in the team room.
    const fromBot = await postBotMessage(
      db(),
      systemClock,
      { channelId: w.project.channels.common, projectId: w.project.id, channelKind: 'common' },
      'Morgen is de koffieochtend om tien uur.',
    );
    expect((await flag(w.chris, fromBot.message.id)).json.error?.code).toBe('forbidden');
    const [teamNotice] = await db()
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.channelId, w.project.channels.staff))
      .limit(1);
    expect((await flag(w.esther, teamNotice!.id)).json.error?.code).toBe('forbidden');
    chris.close();
    noor.close();
  });
});

describe('hiding a message ("Verberg bericht")', () => {
  it('removes it for the room live and from history, tells the author privately why, and audits it', async () => {
    const bram = await watch(server.url, w.bram.cookie);
    const dirk = await watch(server.url, w.dirk.cookie);
    const esther = await watch(server.url, w.esther.cookie);
    const sent = await bram.client.send(
      w.project.channels.common,
      'Nummer 12 is weer dronken, wat een zielig geval.',
    );
    await eventually(() =>
      dirk.messagesIn(w.project.channels.common).some((m) => m.id === sent.id),
    );

    // Dirk flags it first: staff get an alert, which the hide below resolves.
    expect((await flag(w.dirk, sent.id)).status).toBe(200);
    const flagAlert = await esther.waitFor<StaffAlert>(
      'alert:updated',
      (a) =>
        a.kind === 'flagged_message' &&
        a.status === 'new' &&
        (a.summary ?? '').includes('Nummer 12'),
    );

    const reason = 'Het bericht noemt een buur met een label.';
    const seenBefore = dirk.events.length;
    const response = await hide(w.esther, sent.id, { reason });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id: sent.id, seq: sent.seq, body: '', deleted: true });

    // Gone for the room, live, over the same path as a delete: no reason, no name of who did it.
    const updated = await dirk.waitFor<Message>('message:updated', (m) => m.id === sent.id);
    expect(updated).toMatchObject({ id: sent.id, seq: sent.seq, body: '', deleted: true });
    const since = JSON.stringify(dirk.events.slice(seenBefore));
    expect(since).not.toContain(reason);
    expect(since).not.toContain('Esther');
    expect(since).not.toContain('dronken');

    // History and a sync from before it say "deleted", with no text.
    const history = await api(server.url, w.dirk.cookie).get(
      `/api/channels/${w.project.channels.common}/messages`,
    );
    expect(history.json.messages).toContainEqual(
      expect.objectContaining({ id: sent.id, body: '', deleted: true }),
    );
    const sync = data(
      await dirk.request<{ messages: Message[] }>('sync', {
        positions: [{ channelId: w.project.channels.common, afterSeq: sent.seq - 1 }],
      }),
    );
    expect(sync.messages.find((m) => m.id === sent.id)).toMatchObject({ body: '', deleted: true });
    const [row] = await db().select().from(messages).where(eq(messages.id, sent.id));
    expect(row?.body).toBe('');

    // The author alone hears it, from Buurtbot, with the reason and the offer to talk.
    await eventually(() =>
      bram.received.some((m) => m.author.role === 'bot' && m.body.includes(reason)),
    );
    const told = bram.received.find((m) => m.author.role === 'bot' && m.body.includes(reason))!;
    expect(told.body).toContain('Een begeleider heeft je bericht uit de Huiskamer gehaald.');
    expect(told.body).toContain('Nummer 12 is weer dronken');
    expect(told.buttons).toEqual([{ label: 'Praat met een begeleider', value: '/hulp' }]);
    expect(told.channelId).not.toBe(w.project.channels.common);
    expect(dirk.received.some((m) => m.id === told.id)).toBe(false);

    // The audit, and the team room.
    const audit = await auditOf(sent.id);
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorId: w.dirk.userId, action: 'flagged' }),
        expect.objectContaining({
          projectId: w.project.id,
          actorId: w.esther.userId,
          action: 'hidden',
          reason,
        }),
      ]),
    );
    await eventually(() =>
      esther
        .messagesIn(w.project.channels.staff)
        .some((m) => m.body.includes('Esther heeft een bericht van Bram uit de Huiskamer gehaald')),
    );

    // The flag on it needs no more looking at.
    await esther.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.id === flagAlert.id && a.status === 'resolved',
    );

    // Hiding it again answers the same and changes nothing; a flag on it is not found.
    const again = await hide(w.ilse, sent.id, { reason: 'Nog een keer' });
    expect(again.status).toBe(200);
    expect(await auditOf(sent.id)).toHaveLength(2);
    expect((await flag(w.anna, sent.id)).status).toBe(404);
    for (const x of [bram, dirk, esther]) x.close();
  });

  it('works over the socket for an admin, in the activities room, in the author’s language', async () => {
    const admin = await buildMember(db(), w.project.id, 'admin', 'Beheerder Bas');
    const lena = await buildMember(db(), w.project.id, 'resident', 'Lena', undefined, 'en');
    const l = await watch(server.url, lena.cookie);
    const a = await watch(server.url, admin.cookie);
    const sent = await l.client.send(w.project.channels.activities, 'Koop hier goedkope telefoons');
    const ack = data(
      await a.request<Message>('message:hide', { messageId: sent.id, reason: 'Reclame' }),
    );
    expect(ack).toMatchObject({ id: sent.id, deleted: true });
    await eventually(() =>
      l.received.some(
        (m) =>
          m.author.role === 'bot' &&
          m.body.startsWith('A support worker removed your message from the Activities room.'),
      ),
    );
    l.close();
    a.close();
  });

  it('is for staff only: residents and others are refused, outsiders learn nothing', async () => {
    const bram = await watch(server.url, w.bram.cookie);
    const sent = await bram.client.send(w.project.channels.common, 'Gewoon een bericht');
    const reason = { reason: 'Omdat het moet' };
    for (const who of [w.anna, w.noor, w.bram])
      expect((await hide(who, sent.id, reason)).json.error?.code).toBe('forbidden');
    // The corporation cannot read the room: not found, as for anyone outside the project.
    const elsewhere = await buildProject(db(), 'Elders');
    const outsider = await buildMember(db(), elsewhere.id, 'staff', 'Buiten Staf');
    const stranger = await buildStranger(db());
    for (const who of [w.wouter, outsider, stranger]) {
      const hidden = await hide(who, sent.id, reason);
      expect([hidden.status, hidden.json.error?.code]).toEqual([404, 'not_found']);
      const flagged = await flag(who, sent.id);
      expect([flagged.status, flagged.json.error?.code]).toEqual([404, 'not_found']);
    }
    expect((await api(server.url).post(`/api/messages/${sent.id}/hide`, reason)).status).toBe(401);
    expect(await auditOf(sent.id)).toEqual([]);
    const [row] = await db().select().from(messages).where(eq(messages.id, sent.id));
    expect(row).toMatchObject({ body: 'Gewoon een bericht', deletedAt: null });
    bram.close();
  });

  it('refuses bad input and changes nothing', async () => {
    const bram = await watch(server.url, w.bram.cookie);
    const sent = await bram.client.send(w.project.channels.common, 'Nog een gewoon bericht');
    for (const body of [
      {},
      { reason: '' },
      { reason: '   ' },
      { reason: 'x' },
      { reason: 'a'.repeat(301) },
      { reason: 'Reden met \u0000 erin' },
      { reason: 'half \ud83d emoji' },
      { reason: 'Goede reden', extra: true },
      { reason: 42 },
    ]) {
      const response = await hide(w.esther, sent.id, body);
      expect([response.status, response.json.error?.code], JSON.stringify(body)).toEqual([
        400,
        'validation_failed',
      ]);
    }
    for (const body of [{ note: '\u0000' }, { note: 'b'.repeat(501) }, { other: 'x' }]) {
      const response = await flag(w.anna, sent.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await hide(w.esther, 'geen-uuid', { reason: 'Goede reden' })).status).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await hide(w.esther, unknown, { reason: 'Goede reden' })).status).toBe(404);
    const esther = await watch(server.url, w.esther.cookie);
    for (const payload of [
      { messageId: sent.id, reason: '\u0000\u0000' },
      { messageId: sent.id },
      { messageId: sent.id, reason: 'Goede reden', note: 'x' },
    ])
      expect(await esther.request('message:hide', payload)).toMatchObject({
        error: { code: 'validation_failed' },
      });
    esther.close();
    expect(await auditOf(sent.id)).toEqual([]);
    const [row] = await db().select().from(messages).where(eq(messages.id, sent.id));
    expect(row).toMatchObject({ body: 'Nog een gewoon bericht', deletedAt: null });
    bram.close();
  });
});
