import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import { me, projects } from '../../../state/session';

/**
 * "Account verwijderen" (AVG): first says plainly what happens, then asks once more. The server
 * wants `{confirm: true}`, erases the person, and ends every session they had.
 */
export function DeleteAccountSection() {
  const { route } = useLocation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function erase() {
    setBusy(true);
    setError(undefined);
    try {
      await api(routes.me.erase, { body: { confirm: true } });
      me.value = null;
      projects.value = [];
      route('/');
    } catch {
      setError(t('web.error_generic'));
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t('settings.delete_intro')}</p>
      <ul>
        <li>{t('settings.delete_what_gone')}</li>
        <li>{t('settings.delete_what_messages')}</li>
        <li>{t('settings.delete_what_signout')}</li>
        <li>{t('settings.delete_what_final')}</li>
      </ul>
      {asking ? (
        <div class="confirm" role="group" aria-labelledby="delete-confirm-question">
          <p id="delete-confirm-question">
            <strong>{t('settings.delete_confirm')}</strong>
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button danger"
              disabled={busy}
              onClick={() => void erase()}
            >
              {t('settings.delete_yes')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setAsking(false)}>
              {t('settings.delete_no')}
            </button>
          </div>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" class="button danger" onClick={() => setAsking(true)}>
            {t('settings.delete_start')}
          </button>
        </div>
      )}
      <ErrorText message={error} />
    </>
  );
}
