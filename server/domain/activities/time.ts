/**
 * Local wall-clock time in a time zone (Europe/Amsterdam) and back, with summer time handled:
 * a local time that does not exist (the spring-forward gap, 02:30 on the last Sunday of March)
 * moves forward by the gap; one that exists twice (the autumn overlap) is the first (summer
 * time). Only `Intl` is used, so the tz database of Node itself is the source.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** `YYYY-MM-DDTHH:MM` */
export type LocalDateTime = string;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Recent answers of `toLocal`: `formatToParts` is slow (a tenth of an activity list request's
 * CPU) and a list shows the same start and end times to everyone. Bounded; emptied when full.
 */
const localCache = new Map<string, LocalDateTime>();
const LOCAL_CACHE_SIZE = 10_000;

/** The wall-clock time at `instant` in `timeZone`, as `YYYY-MM-DDTHH:MM`. */
export function toLocal(instant: Date, timeZone = DEFAULT_TIME_ZONE): LocalDateTime {
  const key = `${timeZone} ${instant.getTime()}`;
  let local = localCache.get(key);
  if (local === undefined) {
    const parts = formatter(timeZone).formatToParts(instant);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    local = `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
    if (localCache.size >= LOCAL_CACHE_SIZE) localCache.clear();
    localCache.set(key, local);
  }
  return local;
}

/** The local calendar date at `instant`, `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return toLocal(instant, timeZone).slice(0, 10);
}

export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/** The wall time read as if it were UTC (milliseconds). */
function wallAsUtc(local: LocalDateTime): number {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new Error(`not a local date-time: ${local}`);
  const [, y, m, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, m - 1, d, h, mi);
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return wallAsUtc(toLocal(new Date(instant), timeZone)) - Math.floor(instant / 60_000) * 60_000;
}

/** The instant of a local wall-clock time in `timeZone` (gap: moved forward; overlap: the first). */
export function fromLocal(local: LocalDateTime, timeZone = DEFAULT_TIME_ZONE): Date {
  const wall = wallAsUtc(local);
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const candidates = [wall - before, wall - after].sort((a, b) => a - b);
  const exact = candidates.find((c) => toLocal(new Date(c), timeZone) === local);
  // In a gap no candidate reads back: the offset from before the change moves it forward.
  return new Date(exact ?? wall - before);
}

/** Adds whole local days, keeping the wall-clock time (across summer-time changes). */
export function addLocalDays(local: LocalDateTime, days: number): LocalDateTime {
  const date = new Date(wallAsUtc(local) + days * 86_400_000);
  return date.toISOString().slice(0, 16);
}
