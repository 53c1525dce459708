import {
  createECDH,
  createDecipheriv,
  createHmac,
  createPublicKey,
  randomBytes,
  verify,
} from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PushNotice } from '../../server/protocol/notifications';
import { api } from './http';

/** A push request as a push service receives it. */
export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A tiny push service on 127.0.0.1: records every POST and answers 201 (or a status set per
 * path, e.g. 410 for a subscription that is gone).
 */
export async function startFakePushService() {
  const received: ReceivedPush[] = [];
  const statusFor = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = statusFor.get(path) ?? 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    statusFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const b64url = (buffer: Buffer) => buffer.toString('base64url');

/** A browser's side of a subscription: its P-256 key pair and auth secret. */
export function makeBrowserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) },
  };
}

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/**
 * Decrypts an `aes128gcm` Web Push body as the browser would (RFC 8291 with RFC 8188),
 * written from the RFCs, independent of the library that encrypted it.
 */
export function decryptPush(body: Buffer, browser: ReturnType<typeof makeBrowserKeys>): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] ?? 0;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (ciphertext.length > recordSize) throw new Error('more than one record');
  const shared = browser.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    browser.ecdh.getPublicKey(),
    serverPublic,
  ]);
  const ikm = hmac(hmac(browser.auth, shared), Buffer.concat([keyInfo, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('missing last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/**
 * Checks the `Authorization: vapid t=JWT, k=KEY` header (RFC 8292): the JWT is signed with
 * ES256 by the private half of `k`; returns its claims.
 */
export function verifyVapid(authorization: string | undefined): {
  key: string;
  claims: { aud: string; exp: number; sub: string };
} {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization ?? '');
  if (!match) throw new Error(`not a VAPID authorization: ${authorization}`);
  const [, jwt = '', key = ''] = match;
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const raw = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: b64url(raw.subarray(1, 33)),
      y: b64url(raw.subarray(33, 65)),
    },
    format: 'jwk',
  });
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('VAPID signature does not verify');
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string }).alg;
  if (alg !== 'ES256') throw new Error(`unexpected alg ${alg}`);
  return { key, claims: JSON.parse(Buffer.from(payload, 'base64url').toString()) };
}

/**
 * Subscribes one device of a member to the fake push service (through the real route, which must
 * answer 201); returns what that device received, raw and decrypted.
 */
export async function phoneOf(
  serverUrl: string,
  push: { url: string; received: ReceivedPush[] },
  member: { cookie: string },
  path: string,
) {
  const browser = makeBrowserKeys();
  const response = await api(serverUrl, member.cookie).post('/api/push/subscriptions', {
    endpoint: `${push.url}${path}`,
    expirationTime: null,
    keys: browser.keys,
  });
  if (response.status !== 201)
    throw new Error(`push subscription answered ${response.status}, not 201`);
  const received = () => push.received.filter((r) => r.path === path);
  const read = (request: ReceivedPush) =>
    JSON.parse(decryptPush(request.body, browser)) as PushNotice;
  return { received, read, notices: () => received().map(read) };
}
