import { isLocale, type Locale } from '../../../../server/i18n/locale';
import { intents, isIntent, type Intent } from '../../intents';

/**
 * Reads a corpus part written as tab-separated lines, `language, intent, text` (`#` lines are
 * comments), as the writers of the later rounds delivered them. Throws on a bad line, so a
 * mistake fails the build's tests instead of training on it.
 */
export function parseIntentLines(source: string): Record<Locale, Record<Intent, string[]>> {
  const empty = (): Record<Intent, string[]> =>
    Object.fromEntries(intents.map((intent) => [intent, []])) as unknown as Record<
      Intent,
      string[]
    >;
  const corpus = { nl: empty(), en: empty() };
  for (const line of source.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [language = '', intent = '', text = ''] = line.split('\t');
    if (!isLocale(language) || !isIntent(intent) || text.trim() === '')
      throw new Error(`not a corpus line: ${line}`);
    corpus[language][intent].push(text);
  }
  return corpus;
}
