import { Validator } from '@seriousme/openapi-schema-validator';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf } from '../../server/http/openapi/answers';
import { apiRoutes, openApiPath, type OpenApiDocument } from '../../server/http/openapi/document';
import { discordRoutes } from '../../server/http/routes/discord';
import type { HttpRoute } from '../../server/protocol/http';
import { routes } from '../../server/protocol/routes';
import { startTestServer } from '../support/app';

let server: Awaited<ReturnType<typeof startTestServer>>;
let doc: OpenApiDocument;

beforeAll(async () => {
  server = await startTestServer();
  // Public: an integrator reads it before having an account.
  const response = await fetch(`${server.url}/api/openapi.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  doc = (await response.json()) as OpenApiDocument;
});
afterAll(() => server.stop());

describe('the OpenAPI description', () => {
  it('is valid OpenAPI 3.1 by an independent validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('covers every route the server answers under /api, and nothing else', () => {
    const served = apiRoutes(server.app.http.routes)
      .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path).path}`)
      .sort();
    const described = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort();
    expect(described).toEqual(served);
    // The areas are there too, not only the core routes.
    for (const path of [
      '/api/activities/{activityId}/signup',
      '/api/defects/{defectId}/export.json',
      '/api/auth/login',
      '/api/openapi.json',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });

  it('takes request bodies and parameters from the zod schemas the routes validate with', async () => {
    const create = doc.paths['/api/activities']?.post;
    const body = create?.requestBody?.content['application/json']?.schema as {
      properties: Record<string, { type?: string; maxLength?: number }>;
      required: string[];
    };
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(['projectId', 'title', 'start', 'end', 'capacity', 'recurrence']),
    );
    expect(body.required).toEqual(expect.arrayContaining(['projectId', 'title', 'start', 'end']));
    // The route really refuses what the schema forbids.
    const signup = doc.paths['/api/activities/{activityId}/signup']?.post;
    expect(signup?.parameters).toEqual([
      expect.objectContaining({ name: 'activityId', in: 'path', required: true }),
    ]);
    const list = doc.paths['/api/activities']?.get;
    expect(list?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['projectId', 'query', true],
      ['when', 'query', false],
    ]);
  });

  it('describes answers with the schemas of the HTTP contract', () => {
    const answer = (path: string, method: 'get' | 'post' | 'put' | 'patch' | 'delete') => {
      const responses = doc.paths[path]?.[method]?.responses as
        | Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>
        | undefined;
      return responses?.['2XX']?.content?.['application/json']?.schema as
        { properties?: Record<string, unknown>; required?: string[] } | undefined;
    };
    const me = answer('/api/me', 'get');
    expect(Object.keys(me?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'displayName', 'locale', 'email', 'hasPassword']),
    );
    expect(me?.required).toEqual(expect.arrayContaining(['id', 'displayName']));
    expect(answer('/api/activities/interest-count', 'get')?.required).toEqual(['count']);
    expect(Object.keys(answer('/api/defects/{defectId}', 'get')?.properties ?? {})).toEqual([
      'defect',
    ]);
    expect(Object.keys(answer('/api/activities/{activityId}', 'get')?.properties ?? {})).toEqual([
      'activity',
    ]);
    // The participation numbers: JSON rows, or a CSV file with format=csv.
    const participation = doc.paths['/api/activities/participation']?.get?.responses['2XX'];
    expect(Object.keys(participation?.content ?? {})).toEqual(['application/json', 'text/csv']);
  });

  it('has an answer schema for every route of the HTTP contract', () => {
    const contract = Object.values(routes).flatMap((area) =>
      Object.values(area as Record<string, HttpRoute>),
    );
    const without = contract
      .filter((r) => answerOf(r.method, r.path) === undefined)
      .map((r) => `${r.method} ${r.path}`);
    expect(without).toEqual([]);
    expect(contract.length).toBeGreaterThan(90);
  });

  it('gives other answers by media type; only two JSON answers have no schema', () => {
    const untyped: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const success = op.responses['2XX'];
        const json = success.content['application/json'];
        if (json === undefined) expect(success.description).toMatch(/^Not JSON: /);
        else if (JSON.stringify(json.schema) === '{"type":"object"}')
          untyped.push(`${method} ${path}`);
      }
    // A new JSON route needs a schema in server/http/openapi/answers.ts to pass here.
    expect(untyped.sort()).toEqual(['get /api/me/export', 'get /api/openapi.json']);
    const ics = doc.paths['/api/activities/{activityId}/ics']?.get?.responses['2XX'];
    expect(Object.keys(ics?.content ?? {})).toEqual(['text/calendar']);
  });

  it('serves every route of the HTTP contract the web client calls', () => {
    // Discord's routes are mounted only when Discord is switched on: read from its sub-app.
    const discord = new Hono().route('/api/discord', discordRoutes(server.app.deps));
    const served = new Set(
      apiRoutes([...server.app.http.routes, ...discord.routes]).map(
        (r) => `${r.method} ${openApiPath(r.path).path}`,
      ),
    );
    const contract = Object.values(routes).flatMap((area) =>
      Object.values(area as Record<string, HttpRoute>).map(
        (r) => `${r.method} ${openApiPath(r.path).path}`,
      ),
    );
    expect(contract.length).toBeGreaterThan(70);
    expect(contract.filter((route) => !served.has(route))).toEqual([]);
  });

  it('has a readable reference page that works offline under the CSP', async () => {
    const page = await fetch(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<h1>Buurtkamer API');
    expect(html).toContain('/api/activities/{activityId}/signup');
    // Each route says what it answers: the JSON Schema folded away, or the media type.
    expect(html).toContain('<summary>Answer schema</summary>');
    expect(html).toContain('Not JSON: an iCalendar file (text/calendar).');
    // Nothing from another host and no inline script or style: the CSP (default-src 'self') holds.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script|style=|<style/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const css = await fetch(`${server.url}/api/docs.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});
