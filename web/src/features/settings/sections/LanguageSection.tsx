import { useState } from 'preact/hooks';
import type { Locale } from '../../../../../server/i18n/locale';
import { api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { locale, setLocale, t } from '../../../i18n';
import { me } from '../../../state/session';
import { LocaleChoice } from './LocaleChoice';

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
    <LocaleChoice
      name="language"
      legend={t('settings.language_intro')}
      value={locale.value}
      onChoose={(next) => void choose(next)}
      error={error}
    />
  );
}
