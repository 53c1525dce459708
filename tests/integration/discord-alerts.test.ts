import type { APIMessage } from 'discord-api-types/v10';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, concerns } from '../../db/schema';
import type { ReporterConcern, StaffAlert } from '../../server/protocol/concerns';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { eventually } from '../support/clients';
import { concernWorld, data, reportByForm, watch, type ConcernWorld } from '../support/concerns';
import { api } from '../support/http';
import { startDiscordServer, followUps, linkAccount, linkRoom } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let w: ConcernWorld;
const ids = { admin: '', esther: '', dirk: '', bram: '', stranger: '', staf: '', algemeen: '' };

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  const database = server.database;
  w = await concernWorld(database.db, 'Lindehof');
  ids.admin = fake.addUser({ username: 'beheer' }).id;
  ids.esther = fake.addUser({ username: 'esther_b', globalName: 'Esther B.' }).id;
  ids.dirk = fake.addUser({ username: 'dirk_d' }).id;
  ids.bram = fake.addUser({ username: 'bram12' }).id;
  ids.stranger = fake.addUser({ username: 'vreemd' }).id;
  ids.staf = fake.guild.channel('staf').id;
  ids.algemeen = fake.guild.channel('algemeen').id;
  for (const [roomId, discordChannelId] of [
    [w.project.channels.common, ids.algemeen],
    [w.project.channels.staff, ids.staf],
  ] as const)
    await linkRoom(server.url, fake, {
      cookie: w.esther.cookie,
      projectId: w.project.id,
      roomId,
      discordChannelId,
      adminId: ids.admin,
    });
  await linkAccount(server.url, fake, { cookie: w.esther.cookie, discordUserId: ids.esther });
  await linkAccount(server.url, fake, { cookie: w.dirk.cookie, discordUserId: ids.dirk });
  await linkAccount(server.url, fake, { cookie: w.bram.cookie, discordUserId: ids.bram });
});

afterAll(() => close());

const db = () => server.database.db;

function buttonsOf(message: APIMessage | undefined): { id: string; label: string; url: string }[] {
  return JSON.parse(JSON.stringify(message?.components ?? [])).flatMap(
    (row: { components: { custom_id?: string; label?: string; url?: string }[] }) =>
      row.components.map((c) => ({
        id: c.custom_id ?? '',
        label: c.label ?? '',
        url: c.url ?? '',
      })),
  );
}

function fieldsOf(message: APIMessage | undefined): string[] {
  return (message?.embeds[0]?.fields ?? []).map((f) => `${f.name}: ${f.value}`);
}

/** Anna reports a concern straight to the support workers: an alert, and its card on Discord. */
async function alertWithCard(description: string) {
  const concern = await reportByForm(server.url, w.anna, w.project.id, {
    step: 'begeleiding',
    description,
  });
  const [alert] = await db().select().from(alerts).where(eq(alerts.concernId, concern.id));
  if (!alert) throw new Error('no alert raised');
  const claimId = `bk:alert:claim:${alert.id}`;
  await eventually(() =>
    fake.messages(ids.staf).some((m) => buttonsOf(m).some((b) => b.id === claimId)),
  );
  const card = fake.messages(ids.staf).find((m) => buttonsOf(m).some((b) => b.id === claimId))!;
  return { alert, card, claimId, resolveId: `bk:alert:resolve:${alert.id}` };
}

async function alertRow(id: string) {
  const [row] = await db().select().from(alerts).where(eq(alerts.id, id));
  return row!;
}

describe('staff alerts on Discord', () => {
  it('shows a new alert in the staff channel as a card: its kind, state and buttons', async () => {
    const { card, claimId, resolveId } = await alertWithCard('Elke nacht geschreeuw in de hal');
    expect(card.embeds[0]?.title).toBe('Voor het team: melding');
    expect(fieldsOf(card)).toContain('Stand: Nog niet opgepakt');
    expect(buttonsOf(card).map((b) => b.id || b.label)).toEqual([
      claimId,
      'Open in Buurtkamer',
      resolveId,
    ]);
    expect(buttonsOf(card)[1]?.url).toMatch(new RegExp(`/p/${w.project.id}/dashboard$`));
  });

  it('staff button claim reflected in the web client', async () => {
    const ilse = await watch(server.url, w.ilse.cookie);
    const { alert, card, claimId, resolveId } = await alertWithCard('De buren slaan deuren');

    const pressed = await fake.pressButton(card.id, claimId, { userId: ids.esther });
    expect(pressed.type).toBe(6); // the press is taken; the card is edited afterwards

    // The same record the web client acts on, claimed by Esther…
    await eventually(async () => (await alertRow(alert.id)).status === 'claimed');
    expect((await alertRow(alert.id)).claimedById).toBe(w.esther.userId);
    // …live in a colleague's web client…
    const update = await ilse.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.id === alert.id && a.status === 'claimed',
    );
    expect(update.claimedBy?.name).toBe('Esther');
    // …and in the staff dashboard.
    const feed = await api(server.url, w.ilse.cookie).get(`/api/projects/${w.project.id}/concerns`);
    expect(
      (feed.json.alerts as StaffAlert[] | undefined)?.find((a) => a.id === alert.id)?.status,
    ).toBe('claimed');

    // The card on Discord shows who took it up; only resolving is left.
    await eventually(() => fieldsOf(fake.message(card.id)).includes('Stand: Opgepakt door Esther'));
    expect(buttonsOf(fake.message(card.id)).map((b) => b.id || b.label)).toEqual([
      'Open in Buurtkamer',
      resolveId,
    ]);

    // Resolving on Discord closes it everywhere as well.
    await fake.pressButton(card.id, resolveId, { userId: ids.esther });
    await ilse.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.id === alert.id && a.status === 'resolved',
    );
    await eventually(() => fieldsOf(fake.message(card.id)).includes('Stand: Afgehandeld'));
    expect(buttonsOf(fake.message(card.id)).map((b) => b.id || b.label)).toEqual([
      'Open in Buurtkamer',
    ]);
    ilse.close();
  });

  it('refuses a press by an unlinked or non-staff Discord user privately, and changes nothing', async () => {
    const ilse = await watch(server.url, w.ilse.cookie);
    const { alert, card, claimId, resolveId } = await alertWithCard('Rommel op de galerij');
    const before = JSON.stringify(fake.message(card.id));
    const updatesBefore = ilse.of<StaffAlert>('alert:updated').length;

    const stranger = await fake.pressButton(card.id, claimId, { userId: ids.stranger });
    expect(stranger.type).toBe(4);
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.data.content).toMatch(/^Koppel eerst je account\./);

    const resident = await fake.pressButton(card.id, resolveId, { userId: ids.dirk });
    expect(resident.type).toBe(4);
    expect(resident.ephemeral).toBe(true);
    expect(resident.data.content).toBe(
      'Alleen begeleiders van deze buurtkamer kunnen dit oppakken of afhandelen.',
    );

    const row = await alertRow(alert.id);
    expect(row).toMatchObject({ status: 'new', claimedById: null, resolvedAt: null });
    expect(ilse.of<StaffAlert>('alert:updated').length).toBe(updatesBefore);
    expect(JSON.stringify(fake.message(card.id))).toBe(before);
    ilse.close();
  });

  it('tells a staff member privately when a colleague took it up a moment before', async () => {
    const { alert, card, claimId } = await alertWithCard('Fietsen in de gang');
    // Ilse's claim is in the database; the card on Discord still offers the button.
    await db()
      .update(alerts)
      .set({ status: 'claimed', claimedById: w.ilse.userId, claimedAt: new Date() })
      .where(eq(alerts.id, alert.id));
    const pressed = await fake.pressButton(card.id, claimId, { userId: ids.esther });
    expect(pressed.type).toBe(6);
    const [refusal] = await followUps(fake, pressed.token, 1);
    expect(refusal?.content).toBe('Een collega heeft dit al opgepakt.');
    expect(refusal?.flags).toBe(64);
    expect((await alertRow(alert.id)).claimedById).toBe(w.ilse.userId);
  });

  it('re-renders the card when the alert is claimed in the web app', async () => {
    const { alert, card, claimId } = await alertWithCard('Hond blaft de hele dag');
    const claimed = await api(server.url, w.ilse.cookie).post(`/api/alerts/${alert.id}/claim`);
    expect(claimed.status).toBe(200);
    await eventually(() => fieldsOf(fake.message(card.id)).includes('Stand: Opgepakt door Ilse'));
    expect(buttonsOf(fake.message(card.id)).some((b) => b.id === claimId)).toBe(false);
  });
});

describe('burenbericht on Discord', () => {
  it('reaches a linked neighbour by direct message, and a ready reply pressed there goes back', async () => {
    const anna = await watch(server.url, w.anna.cookie);
    const concern = await reportByForm(server.url, w.anna, w.project.id, {
      step: 'burenbericht',
      unit: '12',
      category: 'noise',
    });
    expect(concern.step).toBe('burenbericht');

    const dm = fake.dmChannel(ids.bram).id;
    const delivered = () =>
      fake
        .messages(dm)
        .find((m) => m.author.id === fake.bot.id && m.content.includes('Hallo buur'));
    await eventually(() => delivered() !== undefined);
    const message = delivered()!;
    expect(message.content).toContain('Een buur heeft last van geluid bij jouw woning.');
    expect(message.content).not.toContain('Anna');
    const buttons = buttonsOf(message);
    expect(buttons.map((b) => b.label)).toEqual([
      'Sorry, ik let erop',
      'Ik wist het niet',
      'Laten we praten',
      'In mijn eigen woorden',
    ]);

    const sorry = buttons.find((b) => b.label === 'Sorry, ik let erop')!;
    const pressed = await fake.pressButton(message.id, sorry.id, { userId: ids.bram });
    expect(pressed.type).toBe(6);
    const [thanks] = await followUps(fake, pressed.token, 1);
    expect(thanks?.content).toBe('Dank je. Ik geef je antwoord door.');
    const mine = await anna.waitFor<ReporterConcern>(
      'concern:mine',
      (c) => c.id === concern.id && c.burenbericht?.replyKind === 'sorry',
    );
    expect(mine.step).toBe('burenbericht');
    await eventually(() =>
      anna
        .messagesIn(concern.threadChannelId!)
        .some((m) => m.body.includes('Je buur antwoordde op het bericht: "Sorry, ik let erop"')),
    );
    anna.close();
  });
});

describe("Buurtbot's other private questions on Discord", () => {
  it('asks a linked reporter for consent by direct message, and the answer pressed there sends the case on', async () => {
    const concern = await reportByForm(server.url, w.dirk, w.project.id, {
      step: 'begeleiding',
      description: 'Lekkage uit de afvoer van de buren boven mij',
    });
    const esther = await watch(server.url, w.esther.cookie);
    data(await esther.request('concern:request_consent', { concernId: concern.id }));

    const dm = fake.dmChannel(ids.dirk).id;
    const asked = () =>
      fake
        .messages(dm)
        .find((m) => m.author.id === fake.bot.id && m.content.includes('woningcorporatie'));
    await eventually(() => asked() !== undefined);
    const buttons = buttonsOf(asked());
    expect(buttons.map((b) => b.label)).toEqual([
      'Ja, zonder mijn naam',
      'Ja, met mijn naam en ons gesprek',
      'Nee, liever niet',
    ]);
    const anonymous = buttons.find((b) => b.label === 'Ja, zonder mijn naam')!;
    const pressed = await fake.pressButton(asked()!.id, anonymous.id, { userId: ids.dirk });
    expect(pressed.type).toBe(6);

    await eventually(async () => {
      const [row] = await db().select().from(concerns).where(eq(concerns.id, concern.id));
      return row?.step === 'corporatie' && row.consentScope === 'anonymous';
    });
    esther.close();
  });
});
