import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { channelMembers, channels, supportLinks, neighbourhoodCards } from '../../db/schema';
import { ensureBotConversations } from '../../server/domain/buurtbot/conversations';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { allDelivered, connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import type { Message } from '../../server/protocol/messages';

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let esther: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  project = await buildProject(db, 'Botshof');
  esther = await buildMember(db, project.id, 'staff', 'Esther');
  await db.insert(neighbourhoodCards).values({
    projectId: project.id,
    contacts: [
      { kind: 'police', name: 'Wijkagent Sanne de Boer', phone: '0900-8844' },
      {
        kind: 'repairs',
        name: 'Reparatiedienst Woonstede',
        phone: '030-555 0101',
        note: 'Lekkage, storing.',
      },
    ],
    tips: ['Praat eerst rustig met je buren.'],
  });
});
afterAll(() => server.stop());

const text = (messages: Message[]) => messages.map((m) => m.body).join('\n');

async function staffRoomWatcher() {
  const staff = await connectMember(server.url, esther.cookie);
  const notices = () =>
    staff.received.filter((m) => m.channelId === project.channels.staff && m.author.role === 'bot');
  return { ...staff, notices };
}

describe('Buurtbot in the web chat', () => {
  it('is a private conversation of each member, and a visible member of the project', async () => {
    const anouk = await buildMember(server.database.db, project.id, 'resident', 'Anouk');
    const me = await talkToBot(server.url, anouk.cookie, project.id);
    expect(me.botChannel).toMatchObject({ kind: 'bot', projectId: project.id });
    const replies = await me.say('hallo');
    expect(replies[0]?.author).toMatchObject({ name: 'Buurtbot', role: 'bot' });
    expect(replies[0]?.buttons?.length).toBeGreaterThan(0);
    me.close();
  });

  it('gives a person one Buurtbot channel, even when several first connects race', async () => {
    const db = server.database.db;
    const noor = await buildMember(db, project.id, 'resident', 'Noor');
    const [first, second] = await Promise.all([
      connectMember(server.url, noor.cookie),
      connectMember(server.url, noor.cookie),
      ensureBotConversations(db, noor.userId, [project.id]),
      ensureBotConversations(db, noor.userId, [project.id]),
    ]);
    const theirs = await db
      .select({ id: channels.id })
      .from(channels)
      .innerJoin(channelMembers, eq(channelMembers.channelId, channels.id))
      .where(and(eq(channelMembers.userId, noor.userId), eq(channels.kind, 'bot')));
    expect(theirs).toHaveLength(1);
    first.close();
    second.close();
  });

  it('takes a help request, tells the person their own support worker will answer, and tells the staff room', async () => {
    const ruud = await buildMember(server.database.db, project.id, 'resident', 'Ruud');
    await server.database.db
      .insert(supportLinks)
      .values({ projectId: project.id, staffUserId: esther.userId, residentUserId: ruud.userId });
    const staff = await staffRoomWatcher();
    const me = await talkToBot(server.url, ruud.cookie, project.id);

    const asked = await me.say('/hulp');
    expect(text(asked)).toMatch(/Is het dringend\?/);
    // The request exists from the urgency answer on; the topic is added to it.
    const asked2 = await me.press(/^Nee, vandaag/, 2);
    expect(text(asked2)).toContain('Je begeleider Esther neemt contact met je op.');
    await eventually(() => staff.notices().some((m) => m.body.includes('Hulpvraag van Ruud')));
    const done = await me.press(/geld/i);
    expect(text(done)).toContain('Ik heb het bij je vraag gezet');
    await eventually(() =>
      staff.notices().some((m) => /Aanvulling op de hulpvraag van Ruud/.test(m.body)),
    );
    expect(staff.notices().at(-1)?.body).toMatch(/geld en post/);
    me.close();
    staff.close();
  });

  it('does not reveal to others that someone has a support worker', async () => {
    const joke = await buildMember(server.database.db, project.id, 'resident', 'Joke');
    const me = await talkToBot(server.url, joke.cookie, project.id);
    await me.say('ik heb hulp nodig');
    const done = await me.press(/^Nee, vandaag/, 2);
    expect(text(done)).toContain('Ik geef je vraag aan alle begeleiders van het project.');
    expect(text(done)).not.toContain('Esther');
    me.close();
  });

  it('answers danger words at once with 112 and the community police officer, in the middle of a flow', async () => {
    const samir = await buildMember(server.database.db, project.id, 'resident', 'Samir');
    const staff = await staffRoomWatcher();
    const me = await talkToBot(server.url, samir.cookie, project.id);
    await me.say('/hulp');
    const urgent = await me.say('er staat iemand met een mes voor mijn deur');
    expect(text(urgent)).toMatch(/bel nu 112/i);
    expect(text(urgent)).toMatch(/Wijkagent Sanne de Boer/);
    await eventually(() =>
      staff.notices().some((m) => /NOODGEVAL\?/.test(m.body) && m.body.includes('Samir')),
    );
    me.close();
    staff.close();
  });

  it('replies privately when someone accuses a neighbour in the common room, and says nothing there', async () => {
    const kees = await buildMember(server.database.db, project.id, 'resident', 'Kees');
    const other = await buildMember(server.database.db, project.id, 'resident', 'Lotte');
    const me = await talkToBot(server.url, kees.cookie, project.id);
    const bystander = await connectMember(server.url, other.cookie);
    const replies = await me.say(
      'die junk van nummer 12 is weer dronken en schreeuwt de hele nacht',
      { in: project.channels.common },
    );
    expect(replies.every((m) => m.channelId === me.botChannel.id)).toBe(true);
    expect(text(replies)).toContain('Je schreef in de groep over een buur, met een oordeel erbij.');
    expect(replies.some((m) => m.buttons?.length)).toBe(true);
    await allDelivered(server, bystander.socket);
    const botInCommon = bystander.received.filter(
      (m) => m.channelId === project.channels.common && m.author.role === 'bot',
    );
    expect(botInCommon).toEqual([]);
    me.close();
    bystander.close();
  });

  it('stays quiet on ordinary chat in the common room', async () => {
    const fatima = await buildMember(server.database.db, project.id, 'resident', 'Fatima');
    const me = await talkToBot(server.url, fatima.cookie, project.id);
    await me.say('Wie komt er zaterdag ook koffie drinken?', {
      in: project.channels.common,
      replies: 0,
    });
    await allDelivered(server, me.socket);
    expect(me.botReplies()).toEqual([]);
    me.close();
  });

  it('shows the neighbourhood card and answers who to call', async () => {
    const piet = await buildMember(server.database.db, project.id, 'resident', 'Piet');
    const me = await talkToBot(server.url, piet.cookie, project.id);
    const card = await me.say('/buurtkaart');
    expect(text(card)).toMatch(/Wijkagent Sanne de Boer/);
    expect(text(card)).toMatch(/112/);
    const leak = await me.say('wie bel ik bij lekkage?');
    expect(text(leak)).toMatch(/Reparatiedienst Woonstede/);
    me.close();
  });

  it('speaks English to someone who writes English', async () => {
    const tom = await buildMember(
      server.database.db,
      project.id,
      'resident',
      'Tom',
      undefined,
      'en',
    );
    const me = await talkToBot(server.url, tom.cookie, project.id);
    const replies = await me.say('I need help please');
    expect(text(replies)).toMatch(/urgent/i);
    me.close();
  });

  it('never leaves a person stuck: after two misunderstandings it offers a person', async () => {
    const lisa = await buildMember(server.database.db, project.id, 'resident', 'Lisa');
    const me = await talkToBot(server.url, lisa.cookie, project.id);
    await me.say('/hulp');
    const first = await me.say('blub');
    expect(first.at(-1)?.buttons?.length).toBeGreaterThan(0);
    const second = await me.say('wablief qwerty', { replies: 2 });
    expect(text(second)).toMatch(/begeleider/);
    expect(second.some((m) => m.buttons?.some((b) => /begeleider/i.test(b.label)))).toBe(true);
    me.close();
  });
});
