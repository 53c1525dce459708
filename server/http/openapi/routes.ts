import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { buildOpenApi, type OpenApiDocument, type RouteEntry } from './document';
import { docsCss, docsPage } from './page';

const { version } = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as { version: string };

/**
 * `/api/openapi.json` and its readable page `/api/docs` (public: they hold the API's shape, no
 * data). `routes` gives the whole app's route table; it is read at the first request, when
 * every area has mounted its routes.
 */
export function openApiRoutes(routes: () => readonly RouteEntry[]) {
  let doc: OpenApiDocument | undefined;
  const document = () => (doc ??= buildOpenApi(routes(), version));
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => c.json(document()))
    .get('/docs', (c) => c.html(docsPage(document())))
    .get('/docs.css', (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      return c.body(docsCss);
    });
}
