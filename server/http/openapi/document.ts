import { z } from 'zod';
import { SESSION_COOKIE } from '../cookies';
import { errorPayloadSchema } from '../../protocol/errors';
import { validationOf, type Validation } from './registry';
import { successOf, type Success } from './success';

/** One entry of a Hono app's route table (`app.routes`). */
export interface RouteEntry {
  method: string;
  path: string;
  handler: object;
}

type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: { '2XX': Success; default: unknown };
}

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, unknown>;
  security: Record<string, string[]>[];
};

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** JSON Schema (2020-12, which OpenAPI 3.1 uses) of what a client sends, or of an answer. */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** `/api/activities/:activityId` → `/api/activities/{activityId}` (and the names). */
export function openApiPath(honoPath: string): { path: string; names: string[] } {
  const names: string[] = [];
  const path = honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, (_, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path, names };
}

/** The API's routes from a Hono route table: real methods under `/api`, no middleware. */
export function apiRoutes(routes: readonly RouteEntry[]): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of routes) {
    if (!METHODS.has(route.method) || !route.path.startsWith('/api/') || route.path.includes('*'))
      continue;
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

function parametersOf(validation: Validation): Parameter[] {
  const where = { param: 'path', query: 'query', header: 'header', cookie: 'cookie' } as const;
  const place = where[validation.target as keyof typeof where];
  const json = jsonSchemaOf(validation.schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: place,
    required: place === 'path' || required.has(name),
    schema,
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
  }));
}

function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return `${method.toLowerCase()}${words.join('')}`;
}

/**
 * The OpenAPI 3.1 description of every route under `/api`, read from the Hono route table: path
 * and query parameters and request bodies are the JSON Schema of the very zod schemas the
 * routes validate with (`validate()` records them). Answers have the schema of their route's
 * contract where it has one (`answers.ts`), otherwise their media type; errors the one shape.
 */
export function buildOpenApi(routes: readonly RouteEntry[], version: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const { method, path: honoPath } of apiRoutes(routes)) {
    const validations = routes
      .filter((r) => r.method === method && r.path === honoPath)
      .flatMap((r) => validationOf(r.handler) ?? []);
    const { path, names } = openApiPath(honoPath);
    const parameters = validations
      .filter((v) => v.target !== 'json' && v.target !== 'form')
      .flatMap(parametersOf);
    for (const name of names)
      if (!parameters.some((p) => p.in === 'path' && p.name === name))
        parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    const bodies = validations.filter((v) => v.target === 'json' || v.target === 'form');
    const tag = path.split('/')[2] ?? 'api';
    const operation: Operation = {
      operationId: operationId(method, honoPath),
      summary: `${method} ${path}`,
      tags: [tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(bodies.length > 0
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                bodies.map((v) => [
                  v.target === 'json' ? 'application/json' : 'multipart/form-data',
                  { schema: jsonSchemaOf(v.schema) },
                ]),
              ),
            },
          }
        : {}),
      responses: {
        '2XX': successOf(method, honoPath, path, (schema) => jsonSchemaOf(schema, 'output')),
        default: {
          description: 'The one error shape: a code, a message in the reader’s language, fields',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { error: { $ref: '#/components/schemas/Error' } },
                required: ['error'],
              },
            },
          },
        },
      },
    };
    (paths[path] ??= {})[method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Buurtkamer API',
      version,
      description: [
        'The HTTP API of Buurtkamer, for housing corporations and municipalities that integrate.',
        `Most routes need the session cookie \`${SESSION_COOKIE}\` (sign in through`,
        '`/api/auth`); requests that change something must come from an allowed origin (the',
        '`Origin` header is checked). Live updates go over Socket.IO on the same port and are not',
        'part of this document. Request parameters and bodies are generated from the zod schemas',
        'the server validates with. JSON answers are described by zod schemas whose types equal',
        'the answer types of the contract the web client calls the API through (checked when the',
        'code compiles). Answers that are not JSON (iCalendar, CSV, HTML, CSS, images) are given',
        'by their media type.',
      ].join(' '),
    },
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorPayloadSchema) },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
    },
    // The session, or none for the few public routes (sign-in, invites, calendar feeds).
    security: [{ session: [] }, {}],
  };
}
