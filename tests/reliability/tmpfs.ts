import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tmpfs of the test's own, to make a disk read-only or full without touching any real
 * disk. Mounting needs root (CAP_SYS_ADMIN); `tmpfsUnavailable()` says why it cannot be done.
 */
export interface SmallDisk {
  path: string;
  readOnly(): void;
  writable(): void;
  /** Writes a filler file until the disk is full; returns its path. */
  fill(): string;
  unmount(): void;
}

function mount(args: string[]): void {
  const result = spawnSync('mount', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`mount ${args.join(' ')}: ${result.stderr}`);
}

let probed: string | undefined | null = null;
export function tmpfsUnavailable(): string | undefined {
  if (probed !== null) return probed;
  if (process.platform !== 'linux') return (probed = 'tmpfs mounts need Linux');
  if (process.getuid?.() !== 0) return (probed = 'mounting a tmpfs needs root');
  const dir = mkdtempSync(join(tmpdir(), 'bk-tmpfs-probe-'));
  try {
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
    spawnSync('umount', [dir]);
    probed = undefined;
  } catch (error) {
    probed = `cannot mount a tmpfs here (${(error as Error).message.trim()})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return probed;
}

export function mountSmallDisk(sizeMb: number): SmallDisk {
  const path = mkdtempSync(join(tmpdir(), 'bk-disk-'));
  mount(['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0755`, 'tmpfs', path]);
  return {
    path,
    readOnly: () => mount(['-o', 'remount,ro', path]),
    writable: () => mount(['-o', 'remount,rw', path]),
    fill() {
      const filler = join(path, 'filler.bin');
      const fd = openSync(filler, 'w');
      const chunks = [1024 * 1024, 64 * 1024, 4096];
      try {
        for (const size of chunks) {
          const buffer = Buffer.alloc(size, 7);
          try {
            for (;;) writeSync(fd, buffer);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          }
        }
      } finally {
        closeSync(fd);
      }
      return filler;
    },
    unmount() {
      spawnSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** A fingerprint of every file under a folder (names and contents). */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
