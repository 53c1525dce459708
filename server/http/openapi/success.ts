import type { z } from 'zod';
import { answerOf } from './answers';

type JsonSchema = Record<string, unknown>;

/** The `2XX` answer of one operation: what it holds, said in words and by media type. */
export interface Success {
  description: string;
  content: Record<string, { schema: JsonSchema }>;
}

const text = { type: 'string' };

/** Answers that are not JSON, known by what the path ends in. */
const files: { test: (path: string) => boolean; type: string; description: string }[] = [
  {
    test: (p) => p.endsWith('.ics') || p.endsWith('/ics') || p.includes('/feed/'),
    type: 'text/calendar',
    description: 'Not JSON: an iCalendar file (text/calendar).',
  },
  {
    test: (p) => p.endsWith('.csv'),
    type: 'text/csv',
    description: 'Not JSON: a CSV file (text/csv).',
  },
  {
    test: (p) => p.endsWith('.html') || p.endsWith('/docs'),
    type: 'text/html',
    description: 'Not JSON: an HTML page (text/html).',
  },
  {
    test: (p) => p.endsWith('.css'),
    type: 'text/css',
    description: 'Not JSON: a style sheet (text/css).',
  },
];

/**
 * What a route answers with a 2xx status: the JSON Schema of its answer where `answers.ts` has
 * one (every route of the HTTP contract, and a few more), otherwise its media type.
 */
export function successOf(
  method: string,
  honoPath: string,
  path: string,
  jsonSchemaOf: (schema: z.ZodType) => JsonSchema,
): Success {
  const answer = answerOf(method, honoPath);
  if (answer) {
    const content: Success['content'] = {
      'application/json': { schema: jsonSchemaOf(answer.schema) },
    };
    if (answer.also) content[answer.also.type] = { schema: text };
    const also = answer.also ? ` ${answer.also.description}` : '';
    return { description: `JSON, as the schema gives.${also}`, content };
  }
  const file = files.find((f) => f.test(path));
  if (file) return { description: file.description, content: { [file.type]: { schema: text } } };
  if (path.includes('photo'))
    return {
      description: 'Not JSON: the image itself (its own image media type, e.g. image/jpeg).',
      content: { 'image/*': { schema: { type: 'string', format: 'binary' } } },
    };
  if (path.endsWith('/openapi.json'))
    return {
      description: 'JSON: this OpenAPI 3.1 document.',
      content: { 'application/json': { schema: { type: 'object' } } },
    };
  return {
    description: 'JSON; its shape is not described here (a download of stored data).',
    content: { 'application/json': { schema: { type: 'object' } } },
  };
}
