import type { z } from 'zod';

/** `unknown` when the two types are the same, `never` (a type error where used) when not. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? unknown : never) : never;

/** A media type a route can answer with besides JSON, and when. */
export interface Also {
  type: string;
  description: string;
}

export interface Described {
  route: { method: string; path: string };
  schema: z.ZodType;
  also?: Also;
}
