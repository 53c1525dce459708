import { isLocale, type Locale } from '../../../../server/i18n/locale';
import { intents, isIntent, type Intent } from '../../intents';
import { tabRows } from '../../tab-rows';

/**
 * Reads a corpus part written as tab-separated lines, `language, intent, text` (`#` lines are
 * comments), as the writers of the later rounds delivered them. Throws on a bad line, so a
 * mistake fails the build's tests instead of training on it.
 */
export function parseIntentLines(source: string): Record<Locale, Record<Intent, string[]>> {
  const lines = tabRows(source).map(({ columns }) => {
    const [language = '', intent = '', text = ''] = columns;
    if (!isLocale(language) || !isIntent(intent) || text.trim() === '')
      throw new Error(`not a corpus line: ${columns.join('\t')}`);
    return { language, intent, text };
  });
  const part = (locale: Locale) =>
    Object.fromEntries(
      intents.map((intent) => [
        intent,
        lines.filter((l) => l.language === locale && l.intent === intent).map((l) => l.text),
      ]),
    ) as Record<Intent, string[]>;
  return { nl: part('nl'), en: part('en') };
}
