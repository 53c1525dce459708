import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryMiB: number;
  platform: string;
  node: string;
  gitCommit: string;
  gitDirty: boolean;
  /** The kernel's cap on a listen backlog (Linux); null where it cannot be read. */
  somaxconn: number | null;
}

function git(args: string): string {
  try {
    return execSync(`git ${args}`, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return '';
  }
}

/** What the numbers were measured on. */
export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryMiB: Math.round(totalmem() / 1024 / 1024),
    platform: `${platform()} ${release()}`,
    node: process.version,
    gitCommit: git('rev-parse HEAD') || 'unknown',
    gitDirty: git('status --porcelain --untracked-files=no') !== '',
    somaxconn: somaxconn(),
  };
}

/** `net.core.somaxconn`: the kernel's cap on a listen backlog (Linux only). */
export function somaxconn(): number | null {
  try {
    return Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8').trim());
  } catch {
    return null;
  }
}
