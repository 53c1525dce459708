import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import { currentSubscription, disablePush, enablePush, pushSupported } from '../../../push';

type State = 'unknown' | 'unsupported' | 'on' | 'off' | 'denied';

/** Opt-in browser notifications for this device (Web Push through the service worker). */
export function NotificationsSection() {
  const [state, setState] = useState<State>('unknown');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!pushSupported()) return setState('unsupported');
    if (Notification.permission === 'denied') return setState('denied');
    currentSubscription()
      .then((s) => setState(s ? 'on' : 'off'))
      .catch(() => setState('off'));
  }, []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch {
      setError(t('settings.notifications_failed'));
    } finally {
      setBusy(false);
    }
  }

  if (state === 'unknown') return <p>{t('web.loading')}</p>;
  return (
    <>
      <p>{t('settings.notifications_intro')}</p>
      {state === 'unsupported' ? <p>{t('settings.notifications_unsupported')}</p> : null}
      {state === 'denied' ? <p>{t('settings.notifications_denied')}</p> : null}
      {state === 'on' || state === 'off' ? (
        <p>
          <strong>
            {state === 'on' ? t('settings.notifications_on') : t('settings.notifications_off')}
          </strong>
        </p>
      ) : null}
      <div class="button-row">
        {state === 'off' ? (
          <button
            type="button"
            class="button primary"
            disabled={busy}
            onClick={() => void run(async () => setState(await enablePush()))}
          >
            {t('settings.notifications_enable')}
          </button>
        ) : null}
        {state === 'on' ? (
          <>
            <button
              type="button"
              class="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const { delivered } = await api(routes.push.test);
                  setNotice(
                    t(
                      delivered
                        ? 'settings.notifications_test_sent'
                        : 'settings.notifications_test_not_sent',
                    ),
                  );
                })
              }
            >
              {t('settings.notifications_test')}
            </button>
            <button
              type="button"
              class="button subtle"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await disablePush();
                  setState('off');
                })
              }
            >
              {t('settings.notifications_disable')}
            </button>
          </>
        ) : null}
      </div>
      <p role="status">{notice}</p>
      <ErrorText message={error} />
    </>
  );
}
