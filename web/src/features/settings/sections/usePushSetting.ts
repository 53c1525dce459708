import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { t } from '../../../i18n';
import { currentSubscription, disablePush, enablePush, pushSupported } from '../../../push';

/** Where this device's notifications stand. */
export type PushState = 'unknown' | 'unsupported' | 'on' | 'off' | 'denied';

/** This device's Web Push setting: its state, and turning it on, testing it and turning it off. */
export function usePushSetting() {
  const [state, setState] = useState<PushState>('unknown');
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

  const enable = () => void run(async () => setState(await enablePush()));
  const test = () =>
    void run(async () => {
      const { delivered } = await api(routes.push.test);
      setNotice(
        t(delivered ? 'settings.notifications_test_sent' : 'settings.notifications_test_not_sent'),
      );
    });
  const disable = () =>
    void run(async () => {
      await disablePush();
      setState('off');
    });

  return { state, busy, notice, error, enable, test, disable };
}
