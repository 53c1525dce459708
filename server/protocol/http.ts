import type { z } from 'zod';

/**
 * The HTTP half of the wire: one contract per route, with its method, its path (Hono's syntax,
 * `:params`) and the types of its query, JSON body and JSON answer. The web client calls a route
 * through its contract (`web/src/api/http.ts`), route handlers answer through it
 * (`server/http/reply.ts`), and the OpenAPI document gives the answers' schemas per contract
 * (`server/http/openapi/answers.ts`). The contracts are in `server/protocol/routes/`, one file per
 * area. They hold no zod at run time (the schemas are referred to as types), so the web's entry
 * chunk stays free of it.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The input type of a schema the server validates with: what a client sends. */
export type In<S extends z.ZodType> = z.input<S>;

/** The types of a route's parts; `query` and `body` only where the route reads them. */
export interface RouteParts {
  /** The JSON answer with a 2xx status. */
  answer: unknown;
  query?: unknown;
  body?: unknown;
}

export interface HttpRoute<P extends string = string, Parts extends RouteParts = RouteParts> {
  readonly method: HttpMethod;
  /** Under `/api`, in Hono's syntax: `/api/activities/:activityId`. */
  readonly path: P;
  /** Type only, never set. */
  readonly parts?: Parts;
}

/** `route('GET', '/api/activities/:activityId').of<{ answer: { activity: Activity } }>()` */
export function route<const P extends string>(method: HttpMethod, path: P) {
  return { of: <Parts extends RouteParts>(): HttpRoute<P, Parts> => ({ method, path }) };
}

/** `{activityId: string}` for `/api/activities/:activityId` (a `{regex}` suffix is dropped). */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in ParamName<Name>]: string } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in ParamName<Name>]: string }
    : unknown;
type ParamName<S extends string> = S extends `${infer Name}{${string}` ? Name : S;

type PartsOf<R> = R extends HttpRoute<string, infer Parts> ? Parts : never;
/** What the route answers with a 2xx status. */
export type AnswerOf<R> = PartsOf<R>['answer'];
/** The query the route reads, or `undefined`. */
export type QueryOf<R> = PartsOf<R> extends { query: infer Q } ? Q : undefined;
/** The JSON body the route reads, or `undefined`. */
export type BodyOf<R> = PartsOf<R> extends { body: infer B } ? B : undefined;

/** The path with its parameters filled in (each encoded as a URI component). */
export function pathOf(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
