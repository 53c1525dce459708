import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { fromZodError } from '../errors';
import { recordValidation } from './openapi/registry';

/** zod validation for a request part; failures become the typed `validation_failed` error. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(
  target: T,
  schema: S,
) {
  const middleware = zValidator(target, schema, (result) => {
    if (!result.success) throw fromZodError(result.error);
  });
  // The OpenAPI document (server/http/openapi/) reads the schema back from here.
  recordValidation(middleware, { target, schema });
  return middleware;
}
