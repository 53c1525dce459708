import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZodError } from 'zod';
import { DiscordApiError, invalidFormBody, notFound, unauthorized } from '../errors';
import { EventLog } from '../event-log';
import type { FakeGateway } from '../gateway/fake-gateway';
import { InvalidJsonError, parseBody, readRaw } from './body';
import { matchRoute, type Route, type RouteResult } from './router';
import type { UploadedFile } from './uploads';

/** One REST call the app made, with the fake's answer. */
export interface RecordedRequest {
  index: number;
  method: string;
  /** Below `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  /** The matched route, e.g. `POST /channels/:channelId/messages`; null when none matched. */
  route: string | null;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
  /** Sent the right `Authorization: Bot <token>`. */
  authorized: boolean;
  status: number;
  response: unknown;
  at: number;
}

/**
 * `up`: normal. `http-503`: REST answers 503 and the gateway refuses upgrades (Discord's
 * edge up, Discord down). `refused`: nothing listens on the port (connection refused).
 */
export type Reachability = 'up' | 'http-503' | 'refused';

const apiPrefix = '/api/v10';

/** The HTTP listener: REST routes below `/api/v10`, WebSocket upgrades for the gateway. */
export class FakeHttpServer {
  readonly requests = new EventLog<RecordedRequest>('REST request');
  private readonly server: Server;
  private reachability: Reachability = 'up';
  private listeningPort = 0;

  constructor(
    private readonly routes: readonly Route[],
    private readonly token: string,
    private readonly gateway: FakeGateway,
  ) {
    this.server = createServer((request, response) => {
      this.onRequest(request, response).catch(() => response.destroy());
    });
    this.server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
      if (this.reachability === 'up') this.gateway.handleUpgrade(request, socket, head);
      else this.gateway.refuseUpgrade(request, socket);
    });
  }

  get port(): number {
    return this.listeningPort;
  }

  get state(): Reachability {
    return this.reachability;
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.listeningPort = (this.server.address() as AddressInfo).port;
    return this.listeningPort;
  }

  async setReachability(next: Reachability): Promise<void> {
    const previous = this.reachability;
    if (next === previous) return;
    this.reachability = next;
    if (previous === 'up') this.gateway.drop();
    if (next === 'refused') await this.stopListening();
    if (previous === 'refused') await this.listen(this.listeningPort);
  }

  async close(): Promise<void> {
    this.requests.close();
    if (this.reachability !== 'refused') await this.stopListening();
  }

  private async stopListening(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /**
   * 429s still to give: per route (`'POST /webhooks/:webhookId/:token'`) or for every route
   * (`'global'`), each with Discord's body and rate-limit headers.
   */
  private readonly rateLimits: Array<{ route: string; retryAfterMs: number; left: number }> = [];

  rateLimit(route: string, retryAfterMs: number, times: number): void {
    this.rateLimits.push({ route, retryAfterMs, left: times });
  }

  private rateLimited(route: string | null): RouteResult | undefined {
    const limit = this.rateLimits.find(
      (l) => l.left > 0 && (l.route === 'global' || l.route === route),
    );
    if (!limit) return undefined;
    limit.left -= 1;
    const global = limit.route === 'global';
    const seconds = limit.retryAfterMs / 1000;
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: seconds, global },
      headers: {
        'retry-after': String(Math.ceil(seconds)),
        'x-ratelimit-scope': global ? 'global' : 'user',
        ...(global
          ? { 'x-ratelimit-global': 'true' }
          : {
              'x-ratelimit-limit': '5',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String((Date.now() + limit.retryAfterMs) / 1000),
              'x-ratelimit-reset-after': String(seconds),
              'x-ratelimit-bucket': `fake-${route ?? 'unknown'}`,
            }),
      },
    };
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readRaw(request);
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    const path = url.pathname.startsWith(apiPrefix)
      ? url.pathname.slice(apiPrefix.length)
      : url.pathname;
    const match = matchRoute(this.routes, method, path);
    const authorized = request.headers.authorization === `Bot ${this.token}`;
    const record: RecordedRequest = {
      index: this.requests.size,
      method,
      path,
      route: match ? `${method} ${match.route.pattern}` : null,
      params: match?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      authorized,
      status: 0,
      response: undefined,
      at: Date.now(),
    };
    let result: RouteResult;
    try {
      const limited = this.reachability === 'up' ? this.rateLimited(record.route) : undefined;
      if (this.reachability !== 'up') {
        result = { status: 503, body: { message: 'Service Unavailable', code: 0 } };
      } else if (limited) {
        result = limited;
      } else {
        const parsed = await parseBody(raw, request.headers['content-type']);
        record.body = parsed.body;
        record.files = parsed.files;
        if (!url.pathname.startsWith(`${apiPrefix}/`) || !match) throw notFound();
        if (match.route.auth && !authorized) throw unauthorized();
        result = match.route.handle({
          params: match.params,
          query: url.searchParams,
          body: parsed.body,
          files: parsed.files,
        });
      }
    } catch (error) {
      result = toErrorResult(error);
    }
    record.status = result.status;
    record.response = result.body;
    this.send(response, result);
    this.requests.record(record);
  }

  private send(response: ServerResponse, result: RouteResult): void {
    if (result.body === undefined) {
      response.writeHead(result.status, result.headers ?? {}).end();
      return;
    }
    const json = JSON.stringify(result.body);
    response.writeHead(result.status, {
      ...result.headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(json),
    });
    response.end(json);
  }
}

function toErrorResult(error: unknown): RouteResult {
  if (error instanceof DiscordApiError) return { status: error.status, body: error.toBody() };
  if (error instanceof InvalidJsonError) {
    return { status: 400, body: { message: error.message, code: 50109 } };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const formError = invalidFormBody(
      issue?.path.join('.') || 'body',
      'BASE_TYPE_INVALID',
      issue?.message ?? '',
    );
    return { status: 400, body: formError.toBody() };
  }
  console.error('fake Discord: route failed', error);
  return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
}
