import { locale, t } from '../../i18n';

/** "net", "5 min", "3 uur", "2 dagen": how long ago, in the person's language. */
export function age(iso: string, nowMs: number): string {
  const minutes = Math.max(0, Math.round((nowMs - new Date(iso).getTime()) / 60_000));
  if (minutes === 0) return t('concerns.web.just_now');
  if (minutes < 60) return t('concerns.web.minutes_ago', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('concerns.web.hours_ago', { n: hours });
  return t('concerns.web.days_ago', { n: Math.round(hours / 24) });
}

/** "over 12 min", or "nu" once it is due (never "over 0 min"): the time to a timer. */
export function until(iso: string, nowMs: number): string {
  const minutes = Math.round((new Date(iso).getTime() - nowMs) / 60_000);
  if (minutes <= 0) return t('concerns.web.overdue');
  if (minutes < 120) return t('concerns.web.in_minutes', { n: minutes });
  return dateTime(iso);
}

export function dateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
