import type { SessionRow, UserRow } from '../domain/auth/sessions';
import type { Locale } from '../i18n/locale';

export interface Auth {
  user: UserRow;
  session: SessionRow;
}

/** Hono context variables set by the middleware. */
export interface AppEnv {
  Variables: {
    auth: Auth | null;
    locale: Locale;
    clientIp: string;
  };
}
