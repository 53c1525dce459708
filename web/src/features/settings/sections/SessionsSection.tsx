import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../../../server/protocol/auth';
import { api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { locale, t } from '../../../i18n';
import { deviceName } from './deviceName';

export function SessionsSection() {
  const [sessions, setSessions] = useState<SessionInfo[]>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const date = new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  async function reload() {
    const r = await api(routes.auth.sessions);
    setSessions(r.sessions);
  }
  useEffect(() => {
    reload().catch(() => setError(t('web.error_generic')));
  }, []);

  async function revoke(id: string) {
    setError(undefined);
    try {
      await api(routes.auth.endSession, { params: { sessionId: id } });
      setNotice(t('settings.session_revoked'));
      await reload();
    } catch {
      setError(t('web.error_generic'));
    }
  }

  return (
    <>
      <p>{t('settings.sessions_intro')}</p>
      <p role="status">{notice}</p>
      <ErrorText message={error} />
      <ul class="session-list">
        {(sessions ?? []).map((s) => {
          const name = deviceName(s.userAgent) ?? t('settings.session_unknown_device');
          return (
            <li key={s.id} class="session">
              <p>
                <strong>{name}</strong>
                {s.current ? <span class="tag">{t('settings.session_this')}</span> : null}
              </p>
              <p class="muted">
                {t('settings.session_last_seen', { date: date.format(new Date(s.lastSeenAt)) })}
              </p>
              {s.current ? null : (
                <button
                  type="button"
                  class="button subtle"
                  aria-label={`${t('settings.session_revoke')}: ${name}`}
                  onClick={() => void revoke(s.id)}
                >
                  {t('settings.session_revoke')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
