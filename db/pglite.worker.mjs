// The PGlite thread's entry (see `pgliteThread.ts`). Plain JavaScript, so the thread starts the
// same way under `tsx`, `node --import tsx` and the test runner; it loads the TypeScript through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./pgliteWorker.ts', import.meta.url);
