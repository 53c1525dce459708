import { isMessageKey, t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';

/**
 * What Buurtbot showed the person in an emergency (112, 113, the police officer, the repair
 * line), in words for the staff notice: a notice names only what the person was actually shown.
 */
export function toldText(locale: Locale, told: readonly string[]): string {
  return told
    .map((item) => {
      const key = `staff.emergency_told.${item}`;
      return isMessageKey(key) ? t(locale, key) : item;
    })
    .join(', ');
}
