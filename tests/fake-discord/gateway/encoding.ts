import { constants, deflateRawSync, deflateSync } from 'node:zlib';

export interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

export type TransportCompression = 'none' | 'zlib-stream';

/**
 * Turns payloads into WebSocket frames the way Discord does.
 *
 * - `none`: JSON text frames (what discord.js uses unless `zlib-sync` is installed).
 * - `zlib-stream` (`?compress=zlib-stream`): one zlib stream for the whole connection, every
 *   payload ending in a Z_SYNC_FLUSH (`00 00 ff ff`). The first frame carries the zlib header;
 *   later frames are raw deflate blocks that continue the same stream without back-references
 *   across frames, which any streaming inflater accepts.
 * - payload compression (identify `compress: true`): each payload is its own zlib buffer.
 */
export class GatewayEncoder {
  private startedStream = false;
  payloadCompression = false;

  constructor(readonly transport: TransportCompression) {}

  encode(payload: GatewayPayload): string | Buffer {
    const json = JSON.stringify(payload);
    if (this.transport === 'zlib-stream') {
      const options = { finishFlush: constants.Z_SYNC_FLUSH };
      if (this.startedStream) return deflateRawSync(json, options);
      this.startedStream = true;
      return deflateSync(json, options);
    }
    if (this.payloadCompression) return deflateSync(json);
    return json;
  }
}

/**
 * Reads `?v=10&encoding=json&compress=...` from the gateway URL. Anything the fake cannot
 * serve (etf encoding, zstd-stream) is reported so the gateway can close with a clear code.
 */
export function negotiate(
  url: URL,
): { ok: true; transport: TransportCompression } | { ok: false; code: number; reason: string } {
  const version = url.searchParams.get('v');
  if (version !== null && version !== '10') {
    return {
      ok: false,
      code: 4012,
      reason: `fake Discord speaks gateway v10 only, not v${version}`,
    };
  }
  const encoding = url.searchParams.get('encoding') ?? 'json';
  if (encoding !== 'json') {
    return {
      ok: false,
      code: 4002,
      reason: `fake Discord serves encoding=json only, not ${encoding}`,
    };
  }
  const compress = url.searchParams.get('compress');
  if (compress === null) return { ok: true, transport: 'none' };
  if (compress === 'zlib-stream') return { ok: true, transport: 'zlib-stream' };
  return { ok: false, code: 4002, reason: `fake Discord cannot serve compress=${compress}` };
}
