/* global URL, console */
// Patches postgres.js (3.4.x) after install: a connection that closes while a small write is
// queued crashes the whole process with "Cannot read properties of null (reading 'write')"
// from a setImmediate (porsager/postgres issues 1066, 1154, 1208; fixes proposed upstream,
// not released). Buurtkamer's PostgreSQL-restart test hits it. The patch does what the
// proposed fixes do: nextWrite fails the waiting queries with CONNECTION_CLOSED instead of
// writing to a socket that is gone, and teardown forgets the queued bytes and the timer, so
// a reconnected socket starts clean. Idempotent; a newer postgres.js that no longer has the
// code is left alone. Run by `npm install`/`npm ci` (postinstall).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MARK = '/* buurtkamer: null-socket patch */';
const root = fileURLToPath(new URL('../node_modules/postgres/', import.meta.url));
const files = ['src/connection.js', 'cjs/src/connection.js', 'cf/src/connection.js'];

let patched = 0;
for (const file of files) {
  const path = root + file;
  if (!existsSync(path)) continue;
  const source = readFileSync(path, 'utf8');
  if (source.includes(MARK)) continue;
  const guard = `  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)`;
  const teardown = /^ {4}clearImmediate\(nextWriteTimer\)$/gm;
  if (!source.includes(guard) || (source.match(teardown) ?? []).length !== 2) {
    console.warn(
      `postgres.js patch: ${file} has changed; not patched (check whether it is still needed)`,
    );
    continue;
  }
  const result = source
    .replace(
      guard,
      `  function nextWrite(fn) {\n    if (!socket) { ${MARK}\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
    )
    .replace(
      teardown,
      `    clearImmediate(nextWriteTimer)\n    nextWriteTimer = chunk = null ${MARK}`,
    );
  writeFileSync(path, result);
  patched += 1;
}
if (patched > 0) console.warn(`postgres.js patch applied to ${patched} file(s)`);
