import type { DefectStatus, DefectView } from '../../../../server/protocol/defects';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { useStatusChange } from './useStatusChange';

type StatusChange = ReturnType<typeof useStatusChange>;

/** A new status for the case, with a note (or the reason for rejecting) and a planned date. */
export function StatusForm({ view }: { view: DefectView }) {
  const form = useStatusChange(view);
  const { status, fields } = form;
  return (
    <section aria-labelledby="change-title">
      <h3 id="change-title">{t('defects.web.change_title')}</h3>
      <form class="stack" onSubmit={form.save} noValidate>
        <label for="defect-status">{t('defects.web.new_status')}</label>
        <select
          id="defect-status"
          value={status}
          onChange={(e) =>
            form.setStatus((e.currentTarget as HTMLSelectElement).value as DefectStatus)
          }
        >
          {view.canPlan ? (
            <option value={view.status}>{t('defects.web.keep_status')}</option>
          ) : null}
          {view.allowedStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`defects.status.${s}`)}
            </option>
          ))}
        </select>
        <ErrorText message={fields.status} />
        <NoteOrReason form={form} />
        {status !== 'solved' && status !== 'rejected' && status !== 'open' ? (
          <>
            <label for="defect-planned">{t('defects.web.planned_label')}</label>
            <input
              id="defect-planned"
              type="date"
              value={form.planned}
              onInput={(e) => form.setPlanned((e.currentTarget as HTMLInputElement).value)}
            />
            <ErrorText message={fields.plannedFor} />
          </>
        ) : null}
        <ErrorText message={form.error} />
        {form.saved ? (
          <p class="notice" role="status">
            {t('defects.web.saved')}
          </p>
        ) : null}
        <button type="submit" class="button primary" disabled={form.saving || !status}>
          {t('defects.web.save')}
        </button>
      </form>
    </section>
  );
}

/** Rejecting asks for a reason (required); any other status takes an optional note. */
function NoteOrReason({ form }: { form: StatusChange }) {
  if (form.status === 'rejected')
    return (
      <>
        <label for="defect-reason">{t('defects.web.reason_label')}</label>
        <textarea
          id="defect-reason"
          rows={2}
          maxLength={1000}
          required
          aria-invalid={form.fields.reason ? true : undefined}
          value={form.reason}
          onInput={(e) => form.setReason((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <ErrorText message={form.fields.reason} />
      </>
    );
  return (
    <>
      <label for="defect-note">{t('defects.web.note_label')}</label>
      <textarea
        id="defect-note"
        rows={2}
        maxLength={1000}
        value={form.note}
        onInput={(e) => form.setNote((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </>
  );
}
