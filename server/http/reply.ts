import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AnswerOf, HttpRoute } from '../protocol/http';

/**
 * Answers with JSON checked against the route's contract (`server/protocol/routes/`): the same
 * type the web client gets from `api(route)`. `c.json(value, status)`, nothing more at run time.
 */
export function reply<R extends HttpRoute>(
  c: Context,
  route: R,
  value: AnswerOf<R>,
  status?: ContentfulStatusCode,
) {
  return c.json(value, status);
}
