import { toLocal } from './time';

/**
 * The few pieces of RFC 5545 text a calendar feed needs: escaped and folded lines, local times
 * with `TZID`, and the `VTIMEZONE` of Europe/Amsterdam. (ical-generator printed a JS Date's UTC
 * fields as if they were local time once a TZID was set, so the feed writes its own lines.)
 */

/** The zone every activity is planned in, with a VTIMEZONE below. */
export const ICAL_ZONE = 'Europe/Amsterdam';

/**
 * Europe/Amsterdam since 1996 (the EU rule): summer time from the last Sunday of March 02:00
 * to the last Sunday of October 03:00.
 */
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICAL_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // The first line may hold 75 octets; a continuation line starts with a space, so 74.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20250606T200000Z`: an instant in UTC. */
export function utcStamp(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** `20250606T200000`: a local wall time `YYYY-MM-DDTHH:MM` in iCal form. */
export function localStamp(local: string): string {
  return `${local.replace(/[-:]/g, '')}00`;
}

/** Whether a wall time happens twice at `instant` (the autumn hour): parsers differ there. */
function ambiguous(instant: Date, timeZone: string, local: string): boolean {
  const hour = 3_600_000;
  return (
    toLocal(new Date(instant.getTime() - hour), timeZone) === local ||
    toLocal(new Date(instant.getTime() + hour), timeZone) === local
  );
}

/**
 * A date-time property: with `TZID` and the local wall time when the zone has a VTIMEZONE in the
 * feed, else in UTC. `local` is given for a series' start and RECURRENCE-ID (the rule's own wall
 * time); otherwise a time that exists twice on the night summer time ends is written in UTC,
 * since RFC 5545 says "the first" but not every parser reads it so (node-ical takes the second).
 */
export function timeProperty(
  name: string,
  instant: Date,
  timeZone: string,
  local?: string,
): string {
  if (timeZone !== ICAL_ZONE) return `${name}:${utcStamp(instant)}`;
  if (local !== undefined) return `${name};TZID=${ICAL_ZONE}:${localStamp(local)}`;
  const wall = toLocal(instant, timeZone);
  return ambiguous(instant, timeZone, wall)
    ? `${name}:${utcStamp(instant)}`
    : `${name};TZID=${ICAL_ZONE}:${localStamp(wall)}`;
}

/** A whole VCALENDAR from the lines of its components, with CRLF line ends. */
export function calendarText(name: string, components: string[][]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Buurtkamer//activities//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${ICAL_ZONE}`,
    ...VTIMEZONE_AMSTERDAM,
    ...components.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
