import { normalize } from '../../../server/protocol/text';

/** A calendar date the person mentioned, resolved against "now" in the project's time zone. */
export interface DateEntity {
  text: string;
  /** YYYY-MM-DD */
  date: string;
}

export const PROJECT_TIME_ZONE = 'Europe/Amsterdam';

const weekdays: Record<string, number> = {
  zondag: 0,
  zo: 0,
  sunday: 0,
  sun: 0,
  maandag: 1,
  ma: 1,
  monday: 1,
  mon: 1,
  dinsdag: 2,
  di: 2,
  tuesday: 2,
  tue: 2,
  tues: 2,
  woensdag: 3,
  wo: 3,
  wednesday: 3,
  wed: 3,
  donderdag: 4,
  do: 4,
  thursday: 4,
  thu: 4,
  thurs: 4,
  vrijdag: 5,
  vr: 5,
  friday: 5,
  fri: 5,
  zaterdag: 6,
  za: 6,
  saturday: 6,
  sat: 6,
};

const months: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  february: 2,
  maart: 3,
  mrt: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  augustus: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Today's date in the project's time zone as [year, month (1-12), day]. */
function localToday(now: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: PROJECT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day')];
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays([y, m, d]: [number, number, number], days: number): string {
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A day and month without a year means the next such date (this year, or next year if past). */
function nextOccurrence(today: [number, number, number], m: number, d: number): string | undefined {
  const [y] = today;
  for (const year of [y, y + 1]) {
    if (!validDay(year, m, d)) continue;
    if (iso(year, m, d) >= iso(...today)) return iso(year, m, d);
  }
  return undefined;
}

const relative: [RegExp, number][] = [
  [/\b(?:vandaag|today)\b/, 0],
  [/\b(?:overmorgen|day after tomorrow)\b/, 2],
  [/(?<!')\b(?:morgen(?:ochtend|middag|avond)?|tomorrow)\b/, 1],
];

/**
 * Finds a date: "vandaag", "morgen", "overmorgen", weekday names ("vrijdag", "volgende week
 * vrijdag", "friday", "next friday"), "12 maart", "march 12", "12-3", "12/3". A weekday means its
 * next occurrence (today included); "volgende"/"next" before a weekday skips to the week after
 * when that day is within this week.
 */
export function extractDate(text: string, now: Date): DateEntity | undefined {
  const norm = normalize(text);
  const today = localToday(now);

  const dayMonth = /\b(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+([a-z]+)\b/.exec(norm);
  if (dayMonth?.[1] && dayMonth[2] && months[dayMonth[2]] !== undefined) {
    const date = nextOccurrence(today, months[dayMonth[2]] ?? 0, Number(dayMonth[1]));
    if (date) return { text: dayMonth[0], date };
  }
  const monthDay = /\b([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\b/.exec(norm);
  if (
    monthDay?.[1] &&
    monthDay[2] &&
    months[monthDay[1]] !== undefined &&
    (monthDay[1].length > 3 || monthDay[1] === 'may')
  ) {
    const date = nextOccurrence(today, months[monthDay[1]] ?? 0, Number(monthDay[2]));
    if (date) return { text: monthDay[0], date };
  }
  const numeric = /\b(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2,4}))?\b/.exec(norm);
  if (numeric?.[1] && numeric[2]) {
    const d = Number(numeric[1]);
    const m = Number(numeric[2]);
    if (numeric[3]) {
      const y = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
      if (validDay(y, m, d)) return { text: numeric[0], date: iso(y, m, d) };
    } else {
      const date = nextOccurrence(today, m, d);
      if (date) return { text: numeric[0], date };
    }
  }
  for (const [regex, days] of relative) {
    const match = regex.exec(norm);
    if (match) return { text: match[0], date: addDays(today, days) };
  }
  const weekday = /\b(?:(volgende week|volgende|aanstaande|komende|next|this|deze)\s+)?([a-z]+)\b/g;
  for (const match of norm.matchAll(weekday)) {
    const name = match[2] ?? '';
    const target = weekdays[name];
    // Two-letter abbreviations ("do", "wo", "ma") are ordinary words too: only with a qualifier.
    if (target === undefined || (name.length <= 3 && !match[1])) continue;
    const todayIndex = new Date(Date.UTC(today[0], today[1] - 1, today[2])).getUTCDay();
    let ahead = (target - todayIndex + 7) % 7;
    if (
      match[1] === 'volgende week' ||
      ((match[1] === 'volgende' || match[1] === 'next') && ahead === 0)
    ) {
      ahead += 7;
    }
    return { text: match[0], date: addDays(today, ahead) };
  }
  return undefined;
}
