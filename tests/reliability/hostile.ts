import fc from 'fast-check';

/**
 * Text no database column can hold (NUL, half an emoji): it must be refused with a typed
 * error wherever a person can send it, never reach the database as an internal error.
 */
export const unstorableStrings = ['Anouk\u0000van nummer 7', 'half an emoji \ud83c'];

/** Strings that have broken parsers, queries and pages elsewhere. */
export const hostileStrings = [
  '',
  ' ',
  '\u0000',
  ...unstorableStrings,
  "' or '1'='1",
  "'); drop table messages; --",
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${process.exit(1)}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u0645',
  '🏠'.repeat(100),
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  'NaN',
  '-1',
  '1e309',
];

/** Values of every JSON-ish kind that a field should never accept unchecked. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...hostileStrings,
    null,
    undefined,
    true,
    false,
    0,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER * 10,
    1e308,
    [],
    {},
    { $gt: '' },
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
);

/** A field that is sometimes right, sometimes hostile: finds what hides behind the first check. */
export function sometimes<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: hostileValue, weight: 1 });
}

/** Near-valid objects: the right keys with good or hostile values, sometimes a key missing or extra. */
export function nearly(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const shaped = fc.record(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, sometimes(v)])),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { arbitrary: shaped, weight: 4 },
    {
      arbitrary: fc.tuple(shaped, fc.string({ maxLength: 10 }), hostileValue).map(([o, k, v]) => ({
        ...(o as object),
        [k]: v,
      })),
      weight: 1,
    },
    { arbitrary: hostileValue, weight: 1 },
  );
}
