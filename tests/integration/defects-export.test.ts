import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DefectView } from '../../server/protocol/defects';
import { startTestServer, TEST_ORIGIN } from '../support/app';
import { ManualClock } from '../support/clock';
import { defectApi, defectProject } from '../support/defects';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

let server: Awaited<ReturnType<typeof startTestServer>>;
let world: Awaited<ReturnType<typeof defectProject>>;
let hall: DefectView;
let tricky: DefectView;
const clock = new ManualClock(new Date('2025-03-10T08:30:00Z'));

const tricky_what =
  '=HYPERLINK("http://evil.example") <script>alert("x")</script> & "quotes", komma';

beforeAll(async () => {
  server = await startTestServer({ clock });
  world = await defectProject(server.database.db);
  const anouk = defectApi(server.url, world.anouk, world.project);
  const hallSpace = await anouk.space('Hal en gangen');
  hall = (
    await anouk.report({
      place: { kind: 'space', spaceId: hallSpace.id },
      what: 'De lamp in de hal doet het niet',
      since: 'weeks',
    })
  ).json.defect;
  clock.advance(60_000);
  await defectApi(server.url, world.joke, world.project).meToo(hall.id);
  const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  await fetch(`${server.url}/api/defect-photos/cases/${hall.id}`, {
    method: 'POST',
    headers: {
      origin: TEST_ORIGIN,
      cookie: world.anouk.cookie,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ data: photo.toString('base64') }),
  });
  const kees = defectApi(server.url, world.kees, world.project);
  clock.advance(3_600_000);
  await kees.change(hall.id, { status: 'forwarded', note: 'Graag deze week.' });
  clock.advance(3_600_000);
  await defectApi(server.url, world.woonstede, world.project).change(hall.id, {
    status: 'in_progress',
    plannedFor: '2025-03-14',
  });
  tricky = (
    await defectApi(server.url, world.samir, world.project).report({
      place: { kind: 'unit' },
      what: tricky_what,
    })
  ).json.defect;
});
afterAll(() => server.stop());

function get(path: string, cookie: string) {
  return fetch(`${server.url}${path}`, { headers: { cookie } });
}

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
}
const isElement = (node: Node): node is Element => 'tagName' in node;
const textOf = (node: Node): string =>
  [...walk(node)].map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : '')).join('');

describe('exports for the corporation', () => {
  it('gives one case as Open311 GeoReport v2 JSON', async () => {
    const response = await get(`/api/defects/${hall.id}/export.json`, world.woonstede.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('G-1.json');
    const parsed = (await response.json()) as Record<string, unknown>[];
    expect(parsed).toHaveLength(1);
    const request = parsed[0]!;
    expect(request).toMatchObject({
      service_request_id: hall.id,
      status: 'open',
      status_notes: null,
      service_code: 'defect.shared_space',
      service_name: 'Gebrek in gezamenlijke ruimte',
      description: 'De lamp in de hal doet het niet',
      agency_responsible: 'Woonstede Utrecht',
      service_notice: null,
      requested_datetime: '2025-03-10T08:30:00.000Z',
      updated_datetime: '2025-03-10T10:31:00.000Z',
      expected_datetime: '2025-03-14T00:00:00+01:00',
      address: 'Gebrekenhof, Hal en gangen',
      zipcode: null,
      lat: null,
      long: null,
      buurtkamer: {
        ref: 'G-1',
        status: 'in_progress',
        since: 'weeks',
        reporters: 2,
        me_too: 1,
      },
    });
    // A real ISO 8601 datetime (with the offset), not a bare date: the planned day's start.
    expect(new Date(String(request.expected_datetime)).toISOString()).toBe(
      '2025-03-13T23:00:00.000Z',
    );
    expect(request.media_url).toMatch(
      /^http:\/\/localhost:3000\/api\/defect-photos\/[0-9a-f-]{36}$/,
    );
    const history = (request.buurtkamer as { history: { status: string; by_role: string }[] })
      .history;
    expect(history.map((h) => [h.status, h.by_role])).toEqual([
      ['open', 'bewoner'],
      ['forwarded', 'woonvereniging'],
      ['in_progress', 'corporatie'],
    ]);
    expect(JSON.stringify(request)).not.toContain('Anouk');
  });

  it('gives one case as a printable page: escaped, without scripts', async () => {
    const staffView = await get(`/api/defects/${tricky.id}/export.html`, world.esther.cookie);
    expect(staffView.status).toBe(200);
    expect(staffView.headers.get('content-type')).toContain('text/html');
    const csp = staffView.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    const html = await staffView.text();
    const document = parseHtml(html);
    const elements = [...walk(document)].filter(isElement);
    expect(elements.some((e) => e.tagName === 'script' || e.tagName === 'style')).toBe(false);
    expect(
      elements.some((e) => e.attrs.some((a) => a.name === 'style' || a.name.startsWith('on'))),
    ).toBe(false);
    const sheet = elements.find((e) => e.tagName === 'link');
    const css = await get(sheet!.attrs.find((a) => a.name === 'href')!.value, world.esther.cookie);
    expect(css.headers.get('content-type')).toContain('text/css');
    const terms = elements.filter((e) => e.tagName === 'dt').map(textOf);
    const values = elements.filter((e) => e.tagName === 'dd').map(textOf);
    const field = (name: string) => values[terms.indexOf(name)];
    expect(field('Wat is er kapot')).toBe(tricky_what);
    expect(field('Plek')).toBe('Woning 7');
    expect(field('Status')).toBe('Open');
    expect(
      elements
        .find((e) => e.tagName === 'h1')
        ?.childNodes.map(textOf)
        .join(''),
    ).toBe('Melding G-2');

    const printed = await get(`/api/defects/${hall.id}/export.html`, world.woonstede.cookie);
    const page = parseHtml(await printed.text());
    const all = [...walk(page)].filter(isElement);
    const dd = all.filter((e) => e.tagName === 'dd').map(textOf);
    const dt = all.filter((e) => e.tagName === 'dt').map(textOf);
    expect(dd[dt.indexOf('Gepland')]).toBe('14 maart 2025');
    expect(dd[dt.indexOf('Aantal melders')]).toBe('2');
    expect(all.filter((e) => e.tagName === 'li').map(textOf)).toHaveLength(3);
    const img = all.find((e) => e.tagName === 'img');
    expect(img?.attrs.find((a) => a.name === 'src')?.value).toMatch(/^\/api\/defect-photos\//);
  });

  it("gives the project's cases as CSV that a spreadsheet reads back", async () => {
    const response = await get(
      `/api/projects/${world.project.id}/defects/export.csv`,
      world.kees.cookie,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(2);
    const [second, first] = rows;
    expect(first).toMatchObject({
      service_request_id: hall.id,
      ref: 'G-1',
      status: 'in_progress',
      status_label: 'Wordt aan gewerkt',
      urgency: 'normal',
      place: 'Hal en gangen',
      description: 'De lamp in de hal doet het niet',
      since: 'weeks',
      reporters: '2',
      me_too: '1',
      expected_datetime: '2025-03-14T00:00:00+01:00',
    });
    // Formulas are defused; everything else comes back exactly.
    expect(second?.description).toBe(`'${tricky_what}`);
    expect(second?.place).toBe('Woning 7');

    const corporation = await get(
      `/api/projects/${world.project.id}/defects/export.csv`,
      world.woonstede.cookie,
    );
    const forwardedOnly = parseCsv(await corporation.text(), { bom: true, columns: true });
    expect(forwardedOnly).toHaveLength(1);
  });

  it('is not for residents, or for the corporation before a case is forwarded', async () => {
    expect((await get(`/api/defects/${hall.id}/export.json`, world.anouk.cookie)).status).toBe(403);
    expect(
      (await get(`/api/defects/${tricky.id}/export.json`, world.woonstede.cookie)).status,
    ).toBe(404);
    expect(
      (await get(`/api/projects/${world.project.id}/defects/export.csv`, world.anouk.cookie))
        .status,
    ).toBe(403);
  });
});
