import type { DefectPlace, DefectView } from '../../../../server/protocol/defects';
import { locale, t } from '../../i18n';

export function placeLabel(place: DefectPlace): string {
  if (place.kind === 'space') return place.name;
  return place.unit ? t('defects.place.unit', { unit: place.unit }) : t('defects.place.own_home');
}

export function reportersLabel(view: Pick<DefectView, 'reporterCount'>): string {
  return view.reporterCount === 1
    ? t('defects.web.reporters_one')
    : t('defects.web.reporters_many', { count: view.reporterCount });
}

/** "14 maart 2025" for a YYYY-MM-DD date. */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'UTC',
    dateStyle: 'long',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

export function dateTimeLabel(iso: string): string {
  return new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
