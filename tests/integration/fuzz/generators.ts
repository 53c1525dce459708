import fc from 'fast-check';
import type { Db } from '../../../db/database';
import type { startTestServer } from '../../support/app';
import type { TestMember, TestProject } from '../../support/factories';
import { hostileStrings, nearly } from '../../reliability/hostile';

/**
 * Shared generators of the HTTP and socket fuzz suites (`fuzz-http.test.ts`,
 * `fuzz-socket.test.ts`). The foundation's generators live in those files; each area keeps
 * its own in `fuzz/<area>.ts`.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
/** Fewer runs for routes that hash a password (argon2) or build files. */
export const SLOW_RUNS = Math.ceil(RUNS / 2);

/** The world the generators read (filled in `beforeAll`, read it inside the generators only). */
export interface FuzzWorld {
  server: Awaited<ReturnType<typeof startTestServer>>;
  db: Db;
  /** The project the callers belong to, and one they do not. */
  project: TestProject;
  other: TestProject;
  /** Admin of `project`: the HTTP suite's caller. */
  admin: TestMember;
  /** Staff of `project`: the socket suite's caller. */
  staff: TestMember;
}

export interface FuzzRequest {
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** `admin`: the project's admin; `nobody`: no session; `twin`: a fresh coordinator per run. */
export type Caller = 'admin' | 'nobody' | 'twin';
export interface RouteFuzz {
  route: string;
  caller: Caller;
  runs?: number;
  /** The route reads no body (logout, a test notification): odd bodies are not refused there. */
  readsNoBody?: true;
  request: () => fc.Arbitrary<FuzzRequest>;
}

/** One area's generators: HTTP requests per route, payloads per client event. */
export interface FuzzArea<E extends string = never> {
  setup?: () => Promise<void>;
  routes: RouteFuzz[];
  /** A payload generator for every client event of the area (a missing one is a type error). */
  events: Record<E, () => fc.Arbitrary<unknown>>;
}

/** What an HTTP header can carry (fetch refuses the rest before sending). */
export const latin1 = fc.string({ maxLength: 60 }).filter((s) => /^[\x20-\x7e]*$/.test(s));
export const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...hostileStrings));
/** A few raw, malformed encodings that go into paths as they are. */
export const malformed = new Set(['%', '%E0%A4%A', '%ZZ', '%00', '%C0%AF', '..', '.']);
/** A path parameter: random, hostile, malformed, a random uuid, or one of the valid values. */
export const param = (...valid: (() => string)[]) =>
  fc.oneof(
    text.filter((s) => s.length > 0),
    fc.constantFrom(...malformed),
    fc.uuid(),
    ...valid.map((v) => fc.constant(null).map(() => v())),
  );
export const query = fc.dictionary(
  fc.oneof(fc.constantFrom('before', 'limit', '__proto__'), fc.string({ maxLength: 8 })),
  fc.oneof(text, fc.integer().map(String)),
  { maxKeys: 4 },
);
/** A JSON body, usually near-valid; sometimes raw text that is no JSON at all. */
export const body = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { arbitrary: nearly(fields).map((b) => ({ body: b })), weight: 5 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((raw) => ({ raw })), weight: 1 },
  );
/** Percent-encodes a path segment; the malformed encodings go through as they are. */
export const encode = (s: string) => {
  if (malformed.has(s)) return s;
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
};
/** A GET with random query strings on a fixed path. */
export const getWithQuery = (route: string, path: () => string): RouteFuzz => ({
  route,
  caller: 'admin',
  request: () => query.map((q) => ({ method: 'GET', path: path(), query: q })),
});

/** A GET on a project's path (`/api/projects/:projectId<suffix>`) with random ids and queries. */
export const getOnProject = (suffix: string, projectId: () => fc.Arbitrary<string>): RouteFuzz => ({
  route: `GET /api/projects/:projectId${suffix}`,
  caller: 'admin',
  request: () =>
    fc.tuple(projectId(), query).map(([id, q]) => ({
      method: 'GET',
      path: `/api/projects/${encode(id)}${suffix}`,
      query: q,
    })),
});
