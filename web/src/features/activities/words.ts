import {
  countedKey,
  type CountedKeys,
  type MessageParams,
} from '../../../../server/i18n/catalogue';
import type { Activity } from '../../../../server/protocol/activities';
import { formatMonth, formatWhen } from '../../../../server/protocol/dates';
import { locale, t } from '../../i18n';

/** A text that depends on a count: none, one, or more ("1 gast", "2 gasten"). */
export function counted(n: number, keys: CountedKeys, params: MessageParams = {}): string {
  return t(countedKey(n, keys), params);
}

/** "Nog 1 van de 2 plekken vrij", "Vol. Er wacht 1 persoon op de wachtlijst." */
export function seatsText(activity: Activity): string {
  const { seats } = activity;
  if (seats.left === null) return t('activities.web.no_limit');
  if (seats.left === 0)
    return counted(
      seats.waiting,
      {
        none: 'activities.web.full_none',
        one: 'activities.web.full_one',
        many: 'activities.web.full',
      },
      { waiting: seats.waiting },
    );
  return t('activities.web.places_left', { left: seats.left, capacity: seats.capacity ?? 0 });
}

/**
 * How many guests one may choose: never more than the places left after one's own (a
 * 2-place activity with 1 free offers no guests). When it is full, everyone goes on the
 * waitlist, and the card says so before the tap.
 */
export function guestChoices(activity: Activity): number {
  const { left } = activity.seats;
  if (left === null || left === 0) return activity.maxGuests;
  return Math.max(0, Math.min(activity.maxGuests, left - 1));
}

/** "december 2026" from a month as the server counts it (`2026-12`). */
export function monthText(month: string): string {
  return formatMonth(locale.value, month);
}

/** "woensdag 9 december om 18:00", in the activity's time zone. */
export function whenText(instant: string, timeZone: string): string {
  return formatWhen(locale.value, new Date(instant), timeZone);
}
