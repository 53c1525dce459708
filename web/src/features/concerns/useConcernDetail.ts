import { useEffect, useState } from 'preact/hooks';
import type { ConcernAuditEntry, StaffConcern } from '../../../../server/protocol/concerns';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { notes, rememberConcern, staffConcerns } from './state';

/**
 * One concern for staff, kept fresh: the concern, its notes and audit trail (fetched again on
 * each live change), and `act` to run a change and show what was refused.
 */
export function useConcernDetail(concernId: string) {
  const [audit, setAudit] = useState<ConcernAuditEntry[]>([]);
  const [error, setError] = useState<string>();
  const concern = staffConcerns.value[concernId];

  async function refresh() {
    const detail = await api(routes.concerns.detail, { params: { concernId } });
    // Staff always get the staff detail; the reporter's own view is not for this page.
    if ('view' in detail) return;
    rememberConcern(detail.concern);
    notes.value = { ...notes.value, [concernId]: detail.notes };
    setAudit(detail.audit);
  }

  useEffect(() => {
    refresh().catch(() => setError(t('web.error_generic')));
  }, [concernId]);
  // The audit trail follows live changes of the concern.
  useEffect(() => {
    if (concern) void refresh().catch(() => undefined);
  }, [concern?.updatedAt]);

  async function act(run: () => Promise<StaffConcern>) {
    setError(undefined);
    try {
      rememberConcern(await run());
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  return { concern, audit, error, setError, act };
}
