import { useLocation, useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import type { InvitePreview } from '../../../server/protocol/auth';
import { ApiError, http } from '../api/http';
import { ErrorText, Page } from '../components/Page';
import { locale, t } from '../i18n';
import { loadSession, logout, me } from '../state/session';

export function JoinPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const code = params.code ?? '';
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [fieldError, setFieldError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    http
      .get<InvitePreview>(`/api/auth/invites/${encodeURIComponent(code)}`)
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
      const { projectId } = await http.post<{ projectId: string }>(
        '/api/auth/redeem',
        current
          ? { code, displayName: current.displayName, asCurrentUser: true }
          : { code, displayName: name, locale: locale.value },
      );
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

  if (invalid) {
    return (
      <Page title={t('web.welcome_title')}>
        <ErrorText message={t('web.join_invalid')} />
      </Page>
    );
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

  if (!preview || current === undefined) return <Page title={t('web.loading')}>{null}</Page>;
  if (current) {
    return (
      <Page title={t('web.join_title', { project: preview.projectName })}>
        <h2>{t('web.join_as_question', { name: current.displayName })}</h2>
        <p>{t('web.join_as_text', { name: current.displayName })}</p>
        <form onSubmit={join} class="stack">
          <button type="submit" class="button primary" disabled={busy}>
            {t('web.join_as_button', { name: current.displayName })}
          </button>
          <button
            type="button"
            class="button subtle"
            disabled={busy}
            onClick={() => void signOut()}
          >
            {t('web.join_as_other')}
          </button>
          <ErrorText message={error} />
        </form>
      </Page>
    );
  }
  return (
    <Page title={t('web.join_title', { project: preview.projectName })}>
      <p>{t('web.join_text', { role: t(`web.role.${preview.role}`) })}</p>
      <form onSubmit={join} class="stack" noValidate>
        <label for="display-name">{t('web.join_name_label')}</label>
        <input
          id="display-name"
          name="displayName"
          autocomplete="given-name"
          required
          minLength={2}
          maxLength={40}
          value={name}
          aria-invalid={fieldError ? 'true' : undefined}
          aria-describedby={fieldError ? 'display-name-error' : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {fieldError ? (
          <p id="display-name-error" class="error">
            {fieldError}
          </p>
        ) : null}
        <button type="submit" class="button primary" disabled={busy}>
          {t('web.join_button')}
        </button>
        <ErrorText message={error} />
      </form>
    </Page>
  );
}
