// The classifier thread's entry (see `classifierThread.ts`). Plain JavaScript, so the thread
// starts the same way under `tsx`, `node --import tsx` and the test runner; it loads the
// TypeScript task through tsx.
import { tsImport } from 'tsx/esm/api';

const task = await tsImport('./classifierTask.ts', import.meta.url);

export default task.default;
