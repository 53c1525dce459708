import { useState } from 'preact/hooks';
import type { DefectStatus, DefectView } from '../../../../server/protocol/defects';
import { refusalOf } from '../../api/http';
import { defectsApi } from './api';
import { remember } from './state';

/** The status form's state: the new status, a note or reason, a planned date, and the save. */
export function useStatusChange(view: DefectView) {
  const keep = view.canPlan ? view.status : '';
  const [status, setStatus] = useState<DefectStatus | ''>(keep || (view.allowedStatuses[0] ?? ''));
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [planned, setPlanned] = useState(view.plannedFor ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});

  async function save(event: Event) {
    event.preventDefault();
    if (!status) return;
    setSaving(true);
    setSaved(false);
    setError(undefined);
    setFields({});
    try {
      const plannable = status !== 'solved' && status !== 'rejected';
      const { defect } = await defectsApi.change(view.id, {
        status,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(status === 'rejected' ? { reason: reason.trim() } : {}),
        ...(plannable && planned !== (view.plannedFor ?? '')
          ? { plannedFor: planned === '' ? null : planned }
          : {}),
      });
      remember(defect);
      setNote('');
      setReason('');
      setSaved(true);
      setStatus(defect.canPlan ? defect.status : (defect.allowedStatuses[0] ?? ''));
    } catch (e) {
      const refusal = refusalOf(e);
      setError(refusal.message);
      setFields(refusal.fields);
    } finally {
      setSaving(false);
    }
  }

  return {
    status,
    setStatus,
    note,
    setNote,
    reason,
    setReason,
    planned,
    setPlanned,
    saving,
    saved,
    error,
    fields,
    save,
  };
}
