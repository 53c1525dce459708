import { ApiError } from '../../api/http';
import { RequestError } from '../../realtime/realtimeClient';
import { t } from '../../i18n';

/** The server's own words for a refusal (already in the person's language), field first. */
export function errorText(error: unknown): string {
  const payload =
    error instanceof ApiError || error instanceof RequestError ? error.payload : undefined;
  if (!payload) return t('activities.web.failed');
  return Object.values(payload.fields ?? {})[0] ?? payload.message;
}
