import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DefectStatus, DefectView } from '../../server/protocol/defects';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { connectSocket, eventually, waitForConnect } from '../support/clients';
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

describe('reasons, planned dates and what the corporation sees', () => {
  it('asks for a reason before rejecting, in the person’s language', async () => {
    const view = await caseIn('open');
    const noReason = await as('kees').change(view.id, { status: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error?.fields?.reason).toBe(
      'Schrijf kort waarom de melding wordt afgewezen.',
    );
    const withReason = await as('kees').change(view.id, {
      status: 'rejected',
      reason: 'Dit is al gemaakt',
    });
    expect(withReason.json.defect).toMatchObject({
      status: 'rejected',
      rejectReason: 'Dit is al gemaakt',
    });
    const reopened = await as('kees').change(view.id, { status: 'open' });
    expect(reopened.json.defect).toMatchObject({ status: 'open', rejectReason: null });
  });

  it('lets the corporation plan a date on a forwarded case, and not on others', async () => {
    const notForwarded = await caseIn('acknowledged');
    const hidden = await as('woonstede').change(notForwarded.id, {
      status: 'acknowledged',
      plannedFor: '2025-03-14',
    });
    expect(hidden.status).toBe(404);
    const forwarded = await caseIn('forwarded');
    const planned = await as('woonstede').change(forwarded.id, {
      status: 'forwarded',
      plannedFor: '2025-03-14',
      note: 'De monteur komt in de ochtend.',
    });
    expect(planned.status).toBe(200);
    expect(planned.json.defect).toMatchObject({
      status: 'forwarded',
      plannedFor: '2025-03-14',
      statusNote: 'De monteur komt in de ochtend.',
    });
    const resident = await as('anouk').change(forwarded.id, {
      status: 'forwarded',
      plannedFor: '2025-03-20',
    });
    expect(resident.status).toBe(403);
    const badDate = await as('esther').change(forwarded.id, {
      status: 'forwarded',
      plannedFor: '14-03-2025',
    });
    expect(badDate.status).toBe(400);
    // The same change twice changes nothing the second time.
    const again = await as('woonstede').change(forwarded.id, {
      status: 'forwarded',
      plannedFor: '2025-03-14',
    });
    expect(again.json.changed).toBe(false);
  });

  it('shows the corporation only forwarded cases, in lists and exports', async () => {
    const open = await caseIn('open');
    const forwarded = await caseIn('forwarded');
    const list = (await as('woonstede').list()).json.defects.map((d) => d.id);
    expect(list).toContain(forwarded.id);
    expect(list).not.toContain(open.id);
    expect((await as('woonstede').get(open.id)).status).toBe(404);
    expect((await as('woonstede').get(forwarded.id)).json.defect.reporters).toBeUndefined();
    const residentAll = await as('joke').list('?scope=all');
    expect(residentAll.status).toBe(403);
  });
});

describe('everyone who reported hears of each change, in their own language', () => {
  it('tells the first reporter and every "me too" privately, and not the one who changed it', async () => {
    const made = await as('anouk').report({
      place: { kind: 'space', spaceId: hallId },
      what: 'De voordeur valt niet meer in het slot',
    });
    const id = made.json.defect.id;
    // Samir (English profile) says "me too" on the web, Joke through Buurtbot.
    const samirApi = defectApi(server.url, world.samir, world.project);
    expect((await samirApi.meToo(id)).status).toBe(200);
    const joke = await talkToBot(server.url, world.joke.cookie, world.project.id);
    await joke.say('/gebrek de deur in de hal valt niet in het slot');
    await joke.press(/^Ja, ik ook/);

    const anouk = await talkToBot(server.url, world.anouk.cookie, world.project.id);
    const samir = await talkToBot(server.url, world.samir.cookie, world.project.id);
    const esther = await talkToBot(server.url, world.esther.cookie, world.project.id);
    const woonstede = connectSocket(server.url, world.woonstede.cookie);
    await waitForConnect(woonstede);
    const corporationEvents: { change: string; defect: DefectView }[] = [];
    woonstede.on('defect:changed', (e) => corporationEvents.push(e));
    const liveForSamir: { change: string; defect: DefectView }[] = [];
    samir.socket.on('defect:changed', (e) => liveForSamir.push(e));

    const news = (who: typeof anouk) => who.botReplies().filter((m) => m.body.includes('G-'));
    const before = {
      anouk: news(anouk).length,
      samir: news(samir).length,
      joke: news(joke).length,
    };

    await as('esther').change(id, {
      status: 'forwarded',
      note: 'De corporatie is gebeld.',
    });
    await eventually(() => news(anouk).length > before.anouk && news(samir).length > before.samir);
    await eventually(() => news(joke).length > before.joke);
    expect(news(anouk).at(-1)?.body).toBe(
      [
        `Nieuws over je melding ${made.json.defect.ref}: "De voordeur valt niet meer in het slot"`,
        'Je melding is doorgegeven aan de woningcorporatie.',
        'Toelichting: De corporatie is gebeld.',
      ].join('\n'),
    );
    expect(news(samir).at(-1)?.body).toBe(
      [
        `News about your report ${made.json.defect.ref}: "De voordeur valt niet meer in het slot"`,
        'Your report has been passed to the housing corporation.',
        'Note: De corporatie is gebeld.',
      ].join('\n'),
    );
    expect(news(joke).at(-1)?.body).toContain('doorgegeven aan de woningcorporatie');
    expect(esther.botReplies().some((m) => m.body.includes('Nieuws over je melding'))).toBe(false);
    await eventually(() => corporationEvents.some((e) => e.defect.id === id));
    await eventually(() => liveForSamir.some((e) => e.defect.status === 'forwarded'));

    await as('woonstede').change(id, { status: 'in_progress', plannedFor: '2025-03-14' });
    await eventually(() => news(anouk).at(-1)?.body.includes('14 maart 2025') === true);
    expect(news(anouk).at(-1)?.body).toContain('Er wordt nu aan gewerkt.');
    await eventually(() => news(samir).at(-1)?.body.includes('14 March 2025') === true);

    await as('woonstede').change(id, { status: 'rejected', reason: 'Dit is de VvE, niet wij.' });
    await eventually(() => news(samir).at(-1)?.body.includes('The reason: Dit is de VvE') === true);
    await eventually(() => news(joke).at(-1)?.body.includes('De reden: Dit is de VvE') === true);

    for (const c of [anouk, samir, joke, esther]) c.close();
    woonstede.disconnect();
  });
});
