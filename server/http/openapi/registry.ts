import type { z } from 'zod';

/** What a validating middleware checks: which part of the request, with which zod schema. */
export interface Validation {
  target: string;
  schema: z.ZodType;
}

/**
 * The zod schema behind each validating middleware, so the OpenAPI document is read from the
 * same schemas the routes check (`validate()` records them; the document walks the app's routes).
 */
const validations = new WeakMap<object, Validation>();

export function recordValidation(middleware: object, validation: Validation): void {
  validations.set(middleware, validation);
}

export function validationOf(handler: object): Validation | undefined {
  return validations.get(handler);
}
