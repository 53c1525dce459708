import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { refused, status } from '../state/chat';

/**
 * Calm, visible notice while the connection is gone (sending keeps working: it waits), and a
 * short "connected again" when it returns.
 */
export function OfflineBanner() {
  const offline = status.value === 'offline';
  const wasOffline = useRef(false);
  const [back, setBack] = useState(false);

  useEffect(() => {
    if (offline) {
      wasOffline.current = true;
      setBack(false);
      return;
    }
    if (!wasOffline.current || status.value !== 'online') return;
    wasOffline.current = false;
    setBack(true);
    const timer = window.setTimeout(() => setBack(false), 4000);
    return () => window.clearTimeout(timer);
  }, [status.value]);

  // A refused connection says why (e.g. too many tabs or devices at once).
  if (refused.value)
    return (
      <div class="offline-banner" role="status">
        {refused.value}
      </div>
    );
  return (
    <div
      class={offline ? 'offline-banner' : back ? 'offline-banner back' : 'offline-banner idle'}
      role="status"
    >
      {offline ? t('web.offline_banner') : back ? t('web.reconnected') : null}
    </div>
  );
}
