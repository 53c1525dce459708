import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import { projects } from '../../../state/session';
import type { FeatureProps } from '../../feature';
import { usePasswordForm } from './usePasswordForm';

const professional = new Set(['staff', 'admin', 'coordinator', 'corporation']);

/** Professionals may add a password login (the server checks the same rule). */
export function mayHavePassword(): boolean {
  return projects.value.some((p) => professional.has(p.myRole));
}

export function PasswordSection({ me: current }: FeatureProps) {
  const form = usePasswordForm(current);
  const { email, setEmail, password, setPassword, currentPassword, setCurrentPassword } = form;
  const { fields, error, saved, save } = form;

  const invalid = (name: string, id: string) => ({
    'aria-invalid': fields[name] ? ('true' as const) : undefined,
    'aria-describedby': fields[name] ? `${id}-error` : undefined,
  });
  const problem = (name: string, id: string) =>
    fields[name] ? (
      <p id={`${id}-error`} class="error">
        {fields[name]}
      </p>
    ) : null;

  return (
    <form class="stack" onSubmit={save} noValidate>
      <p>{t('settings.password_intro')}</p>
      <label for="password-email">{t('settings.password_email')}</label>
      <input
        id="password-email"
        type="email"
        autocomplete="username"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
        {...invalid('email', 'password-email')}
      />
      {problem('email', 'password-email')}
      {current.hasPassword ? (
        <>
          <label for="password-current">{t('settings.password_current')}</label>
          <input
            id="password-current"
            type="password"
            autocomplete="current-password"
            value={currentPassword}
            onInput={(e) => setCurrentPassword(e.currentTarget.value)}
            {...invalid('currentPassword', 'password-current')}
          />
          {problem('currentPassword', 'password-current')}
        </>
      ) : null}
      <label for="password-new">{t('settings.password_new')}</label>
      <input
        id="password-new"
        type="password"
        autocomplete="new-password"
        minLength={12}
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        {...invalid('password', 'password-new')}
      />
      {problem('password', 'password-new')}
      <button type="submit" class="button">
        {t('settings.password_save')}
      </button>
      <p role="status">{saved ? t('settings.password_saved') : null}</p>
      <ErrorText message={error} />
    </form>
  );
}
