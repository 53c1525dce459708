/**
 * Where a trained model may be kept, keyed by a hash of what it was trained on and how, so a
 * model can never be stale: another corpus is another key. Training takes seconds on the full
 * corpus; loading a kept model takes a fraction of that (every test file and every server start
 * would train otherwise).
 */
export interface ModelStore {
  read(key: string): Promise<string | undefined>;
  write(key: string, model: string): Promise<void>;
}

/** FNV-1a, twice with different seeds: 16 hex digits, enough to tell corpora apart. */
export function modelHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
