import { t } from '../i18n';
import { status } from '../state/chat';

/** Calm, visible notice while the connection is gone; sending keeps working (it waits). */
export function OfflineBanner() {
  if (status.value !== 'offline') return null;
  return (
    <div class="offline-banner" role="status">
      {t('web.offline_banner')}
    </div>
  );
}
