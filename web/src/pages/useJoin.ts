import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import type { InvitePreview } from '../../../server/protocol/auth';
import { ApiError, api } from '../api/http';
import { routes } from '../../../server/protocol/routes';
import { locale, t } from '../i18n';
import { loadSession, logout, me } from '../state/session';

/**
 * Joining with an invite code: the invite's preview (or that it is not valid), the name typed,
 * joining (as the person signed in on this device, or as a new person) and signing out first.
 */
export function useJoin(code: string) {
  const { route } = useLocation();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [fieldError, setFieldError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api(routes.auth.invitePreview, { params: { code } })
      .then(setPreview)
      .catch(() => setInvalid(true));
  }, [code]);

  const current = me.value;

  async function join(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      // Signed in on this device: joining as that person is asked for and said explicitly.
      const { projectId } = await api(routes.auth.redeem, {
        body: current
          ? { code, displayName: current.displayName, asCurrentUser: true }
          : { code, displayName: name, locale: locale.value },
      });
      await loadSession();
      route(`/p/${projectId}`);
    } catch (e) {
      if (e instanceof ApiError) {
        setFieldError(e.payload.fields?.displayName);
        setError(e.payload.fields?.displayName ? undefined : e.payload.message);
      } else setError(t('web.error_generic'));
    } finally {
      setBusy(false);
    }
  }

  async function signOut() {
    setBusy(true);
    setError(undefined);
    try {
      await logout();
    } catch {
      setError(t('web.error_generic'));
    } finally {
      setBusy(false);
    }
  }

  return { preview, invalid, current, name, setName, error, fieldError, busy, join, signOut };
}

/** The join page's state and actions, as its parts receive them. */
export type Join = ReturnType<typeof useJoin>;
