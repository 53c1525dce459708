import { config } from 'zod';

/**
 * zod compiles fast parsers with `new Function` when it may; our Content Security Policy does
 * not allow eval, and zod's probe for it would be reported as a violation. Imported first in
 * `main.tsx`, before any schema is made.
 */
config({ jitless: true });
