import { useLocation, useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import type { InvitePreview } from '../../../server/protocol/auth';
import { ApiError, http } from '../api/http';
import { ErrorText, Page } from '../components/Page';
import { locale, t } from '../i18n';
import { loadSession } from '../state/session';

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

  async function join(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const { projectId } = await http.post<{ projectId: string }>('/api/auth/redeem', {
        code,
        displayName: name,
        locale: locale.value,
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

  if (invalid) {
    return (
      <Page title={t('web.welcome_title')}>
        <ErrorText message={t('web.join_invalid')} />
      </Page>
    );
  }
  if (!preview) return <Page title={t('web.loading')}>{null}</Page>;
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
