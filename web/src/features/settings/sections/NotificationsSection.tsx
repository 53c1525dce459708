import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import { usePushSetting } from './usePushSetting';

/** Opt-in browser notifications for this device (Web Push through the service worker). */
export function NotificationsSection() {
  const { state, busy, notice, error, enable, test, disable } = usePushSetting();

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
          <button type="button" class="button primary" disabled={busy} onClick={enable}>
            {t('settings.notifications_enable')}
          </button>
        ) : null}
        {state === 'on' ? (
          <>
            <button type="button" class="button" disabled={busy} onClick={test}>
              {t('settings.notifications_test')}
            </button>
            <button type="button" class="button subtle" disabled={busy} onClick={disable}>
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
