import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/**
 * Arguments of a button command: "<id> <answer>" (the values of Buurtbot's own buttons). A
 * hand-typed or stale value that does not fit gives `undefined`.
 */
export function buttonArgs<A extends string>(
  text: string,
  answers: readonly A[],
): { id: string; answer: A } | undefined {
  const [first, second] = text.trim().split(/\s+/);
  const parsedId = id.safeParse(first);
  if (!parsedId.success) return undefined;
  const answer = answers.find((a) => a === second);
  return answer ? { id: parsedId.data, answer } : undefined;
}

export function buttonId(text: string): string | undefined {
  const parsed = id.safeParse(text.trim().split(/\s+/)[0]);
  return parsed.success ? parsed.data : undefined;
}
