import { useState } from 'preact/hooks';
import type { Me } from '../../../../../server/protocol/projects';
import { ApiError, api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { t } from '../../../i18n';
import { me } from '../../../state/session';

/** The password form's state: e-mail, new and current password, what was refused, and save. */
export function usePasswordForm(current: Me) {
  const [email, setEmail] = useState(current.email ?? '');
  const [password, setPassword] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    setError(undefined);
    setFields({});
    setSaved(false);
    try {
      me.value = await api(routes.auth.setPassword, {
        body: { email, password, ...(current.hasPassword ? { currentPassword } : {}) },
      });
      setPassword('');
      setCurrentPassword('');
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError) {
        setFields(e.payload.fields ?? {});
        setError(e.payload.message);
      } else setError(t('web.error_generic'));
    }
  }

  return {
    email,
    setEmail,
    password,
    setPassword,
    currentPassword,
    setCurrentPassword,
    fields,
    error,
    saved,
    save,
  };
}
