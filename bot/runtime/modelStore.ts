import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelStore } from '../engine/nlu/classifier';

/** Where trained models are kept by default: beside the installed packages, never committed. */
const defaultDir = fileURLToPath(new URL('../../node_modules/.cache/buurtbot', import.meta.url));

/**
 * Trained classifier models on disk (`BUURTBOT_MODEL_DIR`, default node_modules/.cache/buurtbot),
 * one file per corpus hash. Written to a temporary name first and renamed, so a process that
 * reads while another writes sees the whole model or none.
 */
export function diskModelStore(dir = process.env.BUURTBOT_MODEL_DIR ?? defaultDir): ModelStore {
  const file = (key: string) => join(dir, `${key.replace(/[^\w.-]/g, '_')}.json`);
  return {
    async read(key) {
      try {
        return await readFile(file(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    async write(key, model) {
      await mkdir(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, model);
      await rename(temporary, file(key));
    },
  };
}
