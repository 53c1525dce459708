import { useState } from 'preact/hooks';
import { ApiError, api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import { me } from '../../../state/session';
import type { FeatureProps } from '../../feature';

export function NameSection({ me: current }: FeatureProps) {
  const [name, setName] = useState(current.displayName);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  async function save(event: Event) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      me.value = await api(routes.me.update, { body: { displayName: name } });
      setSaved(true);
    } catch (e) {
      setError(
        e instanceof ApiError
          ? (e.payload.fields?.displayName ?? e.payload.message)
          : t('web.error_generic'),
      );
    }
  }
  return (
    <form class="stack" onSubmit={save} noValidate>
      <label for="settings-name">{t('settings.name_label')}</label>
      <input
        id="settings-name"
        autocomplete="given-name"
        minLength={2}
        maxLength={40}
        value={name}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <button type="submit" class="button">
        {t('settings.name_save')}
      </button>
      <p role="status">{saved ? t('settings.saved') : null}</p>
      <ErrorText message={error} />
    </form>
  );
}
