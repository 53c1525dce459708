import { execSync } from 'node:child_process';
import { cpus, totalmem, release, platform } from 'node:os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryMiB: number;
  platform: string;
  node: string;
  gitCommit: string;
  gitDirty: boolean;
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
  };
}
