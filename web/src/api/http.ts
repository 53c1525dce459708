import type { ErrorPayload } from '../../../server/protocol/errors';
import { t } from '../i18n';
import {
  pathOf,
  type AnswerOf,
  type BodyOf,
  type HttpRoute,
  type PathParams,
  type QueryOf,
} from '../../../server/protocol/http';

/** A refused API call, carrying the server's typed error (already in the person's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly payload: ErrorPayload,
  ) {
    super(payload.message);
  }
}

/**
 * What a form shows when a call fails: the server's message and its messages per field, or the
 * general "something went wrong" when the call never got an answer.
 */
export function refusalOf(error: unknown): { message: string; fields: Record<string, string> } {
  return error instanceof ApiError
    ? { message: error.payload.message, fields: error.payload.fields ?? {} }
    : { message: t('web.error_generic'), fields: {} };
}

/** A query string's values; `undefined` leaves the name out. */
type QueryValue = string | number | boolean | undefined;

/** What a call gives besides the route: path parameters, query and body, each where it has one. */
export type CallOptions<R extends HttpRoute> = (R extends HttpRoute<infer P>
  ? keyof PathParams<P> extends never
    ? { params?: undefined }
    : { params: PathParams<P> }
  : never) &
  ([QueryOf<R>] extends [undefined] ? { query?: undefined } : { query: QueryOf<R> }) &
  ([BodyOf<R>] extends [undefined] ? { body?: undefined } : { body: BodyOf<R> });

type Rest<R extends HttpRoute> =
  object extends CallOptions<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>];

/** `?a=1&b=2` from a query object (nothing when it is empty). */
function queryString(query: object | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query as Record<string, QueryValue>))
    if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Calls a route of the HTTP contract (`server/protocol/routes/`) and resolves with its typed
 * answer: `api(routes.activities.get, { params: { activityId } })`. A refusal throws `ApiError`.
 * A POST without a body sends `{}`.
 */
export async function api<R extends HttpRoute>(
  route: R,
  ...[options]: Rest<R>
): Promise<AnswerOf<R>> {
  const {
    params,
    query,
    body: given,
  } = (options ?? {}) as {
    params?: Record<string, string>;
    query?: object;
    body?: unknown;
  };
  const body = given === undefined && route.method === 'POST' ? {} : given;
  const response = await fetch(pathOf(route.path, params) + queryString(query), {
    method: route.method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { error?: ErrorPayload };
  if (!response.ok) {
    throw new ApiError(
      response.status,
      json.error ?? { code: 'internal', message: response.statusText },
    );
  }
  return json as AnswerOf<R>;
}
