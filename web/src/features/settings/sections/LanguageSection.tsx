import { useState } from 'preact/hooks';
import type { Locale } from '../../../../../server/i18n/locale';
import { api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { locale, setLocale, t } from '../../../i18n';
import { me } from '../../../state/session';

const choices: Locale[] = ['nl', 'en'];

/** Dutch or English: saved on the account (`PATCH /api/me`), so Buurtbot and notifications follow. */
export function LanguageSection() {
  const [error, setError] = useState<string>();
  async function choose(next: Locale) {
    if (next === locale.value) return;
    setError(undefined);
    const previous = locale.value;
    setLocale(next);
    try {
      me.value = await api(routes.me.update, { body: { locale: next } });
    } catch {
      setLocale(previous);
      setError(t('web.error_generic'));
    }
  }
  return (
    <fieldset class="choices-vertical">
      <legend>{t('settings.language_intro')}</legend>
      {choices.map((choice) => (
        <label key={choice} class="radio">
          <input
            type="radio"
            name="language"
            value={choice}
            checked={locale.value === choice}
            onChange={() => void choose(choice)}
            lang={choice}
          />
          <span lang={choice}>{t(`settings.language.${choice}`)}</span>
        </label>
      ))}
      <ErrorText message={error} />
    </fieldset>
  );
}
