import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../api/http';
import { routes } from '../../../server/protocol/routes';
import { ErrorText, Page } from '../components/Page';
import { t } from '../i18n';
import { loadSession } from '../state/session';

export function LoginPage() {
  const { route } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();

  async function login(event: Event) {
    event.preventDefault();
    setError(undefined);
    try {
      await api(routes.auth.login, { body: { email, password } });
      await loadSession();
      route('/');
    } catch (e) {
      setError(e instanceof ApiError ? e.payload.message : t('web.error_generic'));
    }
  }

  return (
    <Page title={t('web.login_title')}>
      <form onSubmit={login} class="stack">
        <label for="email">{t('web.login_email')}</label>
        <input
          id="email"
          type="email"
          autocomplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="password">{t('web.login_password')}</label>
        <input
          id="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <button type="submit" class="button primary">
          {t('web.login_button')}
        </button>
        <ErrorText message={error} />
      </form>
    </Page>
  );
}
