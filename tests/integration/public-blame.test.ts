import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { concerns, messages } from '../../db/schema';
import { setHome } from '../../server/domain/membership/homes';
import type { Message } from '../../server/protocol/messages';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { allDelivered, connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';

/**
 * No public blame, as people meet it in the web chat (issue 18, point 6): a message in the
 * Huiskamer that names a neighbour with a label gets a private Buurtbot answer for its author
 * only, with "take it back" (deleted for everyone) and "make it a private report".
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let anouk: TestMember;
let ruud: TestMember;
let samir: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  project = await buildProject(db, 'Blaamhof');
  anouk = await buildMember(db, project.id, 'resident', 'Anouk');
  ruud = await buildMember(db, project.id, 'resident', 'Ruud');
  samir = await buildMember(db, project.id, 'resident', 'Samir');
  await buildMember(db, project.id, 'staff', 'Esther');
  await setHome(db, project.id, ruud.userId, '14');
});
afterAll(() => server.stop());

/** A member who watches the Huiskamer: every message, every change, and Buurtbot's words. */
async function watcher(member: TestMember) {
  const connected = await connectMember(server.url, member.cookie);
  const updates: Message[] = [];
  connected.client.onMessageUpdated((m) => updates.push(m));
  const fromBot = () => connected.received.filter((m) => m.author.role === 'bot');
  return { ...connected, updates, fromBot };
}

/** The author's own message in the Huiskamer, as it came back to them. */
async function posted(received: Message[], body: string): Promise<Message> {
  await eventually(() =>
    received.some((m) => m.channelId === project.channels.common && m.body === body),
  );
  const message = received.find((m) => m.channelId === project.channels.common && m.body === body);
  if (!message) throw new Error('not posted');
  return message;
}

describe('no public blame in a shared room', () => {
  it('offers the author privately to take the message back, which deletes it for everyone', async () => {
    const others = [await watcher(samir), await watcher(ruud)];
    const me = await talkToBot(server.url, anouk.cookie, project.id);
    const body = 'Ruud is weer dronken, hij is echt een probleem';

    const answer = await me.say(body, { in: project.channels.common });
    const message = await posted(me.received, body);
    expect(answer).toHaveLength(1);
    expect(answer[0]?.channelId).toBe(me.botChannel.id);
    expect(answer[0]?.body).toContain('pijn doen');
    expect(answer[0]?.buttons).toEqual([
      { label: 'Haal mijn bericht weg', value: `blame:takeback:${message.id}` },
      { label: 'Maak er een privé-melding van', value: `blame:report:${message.id}` },
    ]);
    // Nothing in the room, and nothing for anyone else.
    await allDelivered(server, me.socket, ...others.map((o) => o.socket));
    expect(me.received.filter((m) => m.channelId === project.channels.common)).toHaveLength(1);
    for (const other of others) {
      expect(other.fromBot()).toEqual([]);
      expect(other.received.some((m) => m.id === message.id)).toBe(true);
    }

    const back = await me.press(/Haal mijn bericht weg/);
    expect(back.map((m) => m.body).join('\n')).toContain('Je bericht is weg');
    for (const other of others) {
      await eventually(() => other.updates.some((m) => m.id === message.id && m.deleted === true));
      expect(other.updates.find((m) => m.id === message.id)?.body).toBe('');
    }
    for (const other of others) other.close();
    me.close();
  });

  it('makes it a private report on the second button, with what was written', async () => {
    const other = await watcher(samir);
    const me = await talkToBot(server.url, anouk.cookie, project.id);
    const body = 'Jan van 14 is weer dronken';

    const answer = await me.say(body, { in: project.channels.common });
    const message = await posted(me.received, body);
    expect(answer[0]?.buttons?.map((b) => b.label)).toEqual([
      'Haal mijn bericht weg',
      'Maak er een privé-melding van',
    ]);

    const report = await me.press(/privé-melding/, 2);
    expect(report.map((m) => m.body).join('\n')).toContain('Je melding is doorgegeven');
    const stored = await server.database.db
      .select()
      .from(concerns)
      .where(eq(concerns.reporterId, anouk.userId));
    expect(stored).toEqual([
      expect.objectContaining({ description: body, fromSharedRoom: true, projectId: project.id }),
    ]);
    // The report does not remove the message; the other button still could.
    await allDelivered(server, other.socket);
    expect(other.updates.some((m) => m.id === message.id)).toBe(false);
    expect(other.fromBot()).toEqual([]);
    other.close();
    me.close();
  });

  it('lets nobody but the author take a message back', async () => {
    const author = await talkToBot(server.url, anouk.cookie, project.id);
    const updates: Message[] = [];
    author.client.onMessageUpdated((m) => updates.push(m));
    const body = 'Ruud stinkt echt, doe eens wat';
    await author.say(body, { in: project.channels.common });
    const message = await posted(author.received, body);

    const intruder = await talkToBot(server.url, samir.cookie, project.id);
    const refused = await intruder.say('Haal mijn bericht weg', {
      choice: `blame:takeback:${message.id}`,
    });
    expect(refused.map((m) => m.body).join('\n')).toContain('niet van jou');
    await allDelivered(server, author.socket);
    expect(updates).toEqual([]);
    const [row] = await server.database.db
      .select()
      .from(messages)
      .where(eq(messages.id, message.id));
    expect(row).toMatchObject({ body, deletedAt: null });
    intruder.close();
    author.close();
  });

  it('says nothing to a kind mention', async () => {
    const me = await talkToBot(server.url, anouk.cookie, project.id);
    const before = me.botReplies().length;
    await me.say('Ruud bedankt voor de koffie', { in: project.channels.common, replies: 0 });
    await allDelivered(server, me.socket);
    expect(me.botReplies().length).toBe(before);
    me.close();
  });
});
