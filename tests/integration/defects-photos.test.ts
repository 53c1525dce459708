import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defectPhotos } from '../../db/schema';
import type { DefectView } from '../../server/protocol/defects';
import { startTestServer, TEST_ORIGIN } from '../support/app';
import { defectApi, defectProject } from '../support/defects';

let server: Awaited<ReturnType<typeof startTestServer>>;
let world: Awaited<ReturnType<typeof defectProject>>;
let defect: DefectView;

beforeAll(async () => {
  server = await startTestServer();
  world = await defectProject(server.database.db);
  const anouk = defectApi(server.url, world.anouk, world.project);
  const garden = await anouk.space('Tuin');
  defect = (
    await anouk.report({ place: { kind: 'space', spaceId: garden.id }, what: 'Het hek is kapot' })
  ).json.defect;
});
afterAll(() => server.stop());

/** A real photo as a phone makes it: JPEG with the place it was taken (GPS) in its EXIF. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 60 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefoon', Model: 'Proef 1', Artist: 'Anouk' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 5/1 2/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 7/1 9/1',
      },
    })
    .toBuffer();
}

function upload(cookie: string, defectId: string, data: string) {
  return fetch(`${server.url}/api/defect-photos/cases/${defectId}`, {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
}

async function download(cookie: string, url: string) {
  const response = await fetch(`${server.url}${url}`, { headers: { cookie } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe('a photo with a report', () => {
  it('is stored without its location or any other metadata', async () => {
    const original = await phonePhoto();
    const before = exifReader((await sharp(original).metadata()).exif!);
    expect(before.GPSInfo?.GPSLatitude).toEqual([52, 5, 2]);

    const response = await upload(world.anouk.cookie, defect.id, original.toString('base64'));
    expect(response.status).toBe(201);
    const { photo, defect: view } = (await response.json()) as {
      photo: { id: string; url: string };
      defect: DefectView;
    };
    expect(view.photos).toEqual([photo]);

    // What is stored, straight from the database, and what is served: both clean.
    const [row] = await server.database.db.select().from(defectPhotos);
    for (const bytes of [row!.data, (await download(world.anouk.cookie, photo.url)).body]) {
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect([meta.width, meta.height]).toEqual([640, 480]);
      expect(bytes.includes(Buffer.from('Telefoon'))).toBe(false);
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    }
  });

  it('is checked by its content: a renamed text file or an SVG is refused', async () => {
    const notAPhoto = Buffer.from('Dit is geen foto maar een tekstbestand.\n');
    const renamed = await upload(
      world.anouk.cookie,
      defect.id,
      `data:image/jpeg;base64,${notAPhoto.toString('base64')}`,
    );
    expect(renamed.status).toBe(400);
    expect(await renamed.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: {
          photo:
            'Dit bestand kunnen we niet als foto lezen. Kies een gewone foto, bijvoorbeeld van je telefoon.',
        },
      },
    });
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect((await upload(world.anouk.cookie, defect.id, svg.toString('base64'))).status).toBe(400);
    // JPEG magic bytes with nothing behind them do not pass the decoder either.
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect((await upload(world.anouk.cookie, defect.id, fake.toString('base64'))).status).toBe(400);
  });

  it('accepts PNG and WebP, and keeps their own type whatever the upload says', async () => {
    const png = await sharp({
      create: { width: 40, height: 30, channels: 4, background: '#ff000080' },
    })
      .png()
      .toBuffer();
    const sent = await upload(
      world.anouk.cookie,
      defect.id,
      `data:image/jpeg;base64,${png.toString('base64')}`,
    );
    expect(sent.status).toBe(201);
    const { photo } = (await sent.json()) as { photo: { url: string } };
    const served = await download(world.anouk.cookie, photo.url);
    expect(served.type).toBe('image/png');
    expect((await sharp(served.body).metadata()).format).toBe('png');

    const webp = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#00f' } })
      .webp()
      .toBuffer();
    expect((await upload(world.anouk.cookie, defect.id, webp.toString('base64'))).status).toBe(201);
    // One photo per report: the newest replaces the earlier one.
    const view = await defectApi(server.url, world.anouk, world.project).get(defect.id);
    expect(view.json.defect.photos).toHaveLength(1);
  });

  it('refuses more than 5 MB', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 1);
    big.set([0xff, 0xd8, 0xff]);
    const response = await upload(world.anouk.cookie, defect.id, big.toString('base64'));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    // The rest of the API keeps its small body limit.
    const huge = await fetch(`${server.url}/api/projects/${world.project.id}/defects`, {
      method: 'POST',
      headers: {
        origin: TEST_ORIGIN,
        cookie: world.anouk.cookie,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ what: 'x'.repeat(70_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('is shown only to people who may see the case', async () => {
    const view = await defectApi(server.url, world.esther, world.project).get(defect.id);
    const url = view.json.defect.photos[0]!.url;
    expect((await download(world.esther.cookie, url)).status).toBe(200);
    expect((await download(world.kees.cookie, url)).status).toBe(200);
    expect((await download(world.joke.cookie, url)).status).toBe(404);
    expect((await download(world.woonstede.cookie, url)).status).toBe(404);
    expect((await fetch(`${server.url}${url}`)).status).toBe(401);
    // Once forwarded, the corporation sees it.
    await defectApi(server.url, world.kees, world.project).change(defect.id, {
      status: 'forwarded',
    });
    expect((await download(world.woonstede.cookie, url)).status).toBe(200);
    // Only a reporter adds a photo to their own report.
    const other = await upload(
      world.joke.cookie,
      defect.id,
      (await phonePhoto()).toString('base64'),
    );
    expect(other.status).toBe(404);
  });
});
