import { useState } from 'preact/hooks';
import type { Me } from '../../../../../server/protocol/projects';
import { api, refusalOf } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
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
      const refusal = refusalOf(e);
      setError(refusal.message);
      setFields(refusal.fields);
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
