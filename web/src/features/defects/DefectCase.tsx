import { useEffect, useState } from 'preact/hooks';
import {
  PHOTO_MAX_BYTES,
  type DefectStatus,
  type DefectView,
} from '../../../../server/protocol/defects';
import { ApiError } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { defectsApi } from './api';
import { dateLabel, dateTimeLabel, placeLabel, reportersLabel } from './labels';
import { defectsById, remember } from './state';

/** One case: what, where, status and history, photos; status changes for those allowed. */
export function DefectCase({ projectId, defectId }: { projectId: string; defectId: string }) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    defectsApi
      .get(defectId)
      .then((r) => remember(r.defect))
      .catch((e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 404 ? t('defects.web.not_found') : String(e),
        ),
      );
  }, [defectId]);
  const view = defectsById.value[defectId];
  if (error) return <ErrorText message={error} />;
  if (!view) return <p class="muted">{t('defects.web.loading')}</p>;

  const canChange = view.allowedStatuses.length > 0 || view.canPlan;
  const handles = canChange || view.reporters !== undefined;
  return (
    <article class="defects-section" aria-labelledby="case-title">
      <h2 id="case-title">{t('defects.web.case_title', { ref: view.ref })}</h2>
      <p class="case-what">{view.what}</p>
      <dl class="case-facts">
        <dt>{t('defects.web.case_status')}</dt>
        <dd>
          <span class={`status status-${view.status}`}>{t(`defects.status.${view.status}`)}</span>
          {view.urgency === 'urgent' ? (
            <span class="status status-urgent">
              {t('defects.web.urgent_badge')}
              {view.urgentKind ? `: ${t(`defects.urgent_kind.${view.urgentKind}`)}` : ''}
            </span>
          ) : null}
        </dd>
        <dt>{t('defects.web.case_place')}</dt>
        <dd>{placeLabel(view.place)}</dd>
        <dt>{t('defects.web.case_since')}</dt>
        <dd>{t(`defects.since.${view.since}`)}</dd>
        <dt>{t('defects.web.case_reported')}</dt>
        <dd>
          {dateTimeLabel(view.createdAt)} · {reportersLabel(view)}
        </dd>
        {view.plannedFor ? (
          <>
            <dt>{t('defects.web.planned_label')}</dt>
            <dd>{dateLabel(view.plannedFor)}</dd>
          </>
        ) : null}
        {view.statusNote ? (
          <>
            <dt>{t('defects.export.status_note')}</dt>
            <dd>{view.statusNote}</dd>
          </>
        ) : null}
        {view.rejectReason ? (
          <>
            <dt>{t('defects.web.reason_label')}</dt>
            <dd>{view.rejectReason}</dd>
          </>
        ) : null}
        {view.reporters ? (
          <>
            <dt>{t('defects.web.reporters')}</dt>
            <dd>{view.reporters.map((r) => r.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>

      {view.photos.length > 0 ? (
        <section aria-labelledby="photos-title">
          <h3 id="photos-title">{t('defects.web.photos')}</h3>
          <div class="photos">
            {view.photos.map((p) => (
              <img key={p.id} src={p.url} alt={t('defects.web.photo_alt', { ref: view.ref })} />
            ))}
          </div>
        </section>
      ) : null}
      {view.mine ? <PhotoUpload view={view} /> : null}

      <section aria-labelledby="history-title">
        <h3 id="history-title">{t('defects.web.history')}</h3>
        <ol class="history">
          {view.history.map((h, i) => (
            <li key={i}>
              <span class="muted">{dateTimeLabel(h.at)}</span> {t(`defects.status.${h.status}`)}
              {h.byRole ? ` (${t(`web.role.${h.byRole}`)}${h.byName ? `, ${h.byName}` : ''})` : ''}
              {h.note ? `: ${h.note}` : ''}
              {h.plannedFor
                ? ` · ${t('defects.web.planned', { date: dateLabel(h.plannedFor) })}`
                : ''}
            </li>
          ))}
        </ol>
      </section>

      {canChange ? <StatusForm view={view} /> : null}

      {handles ? (
        <section aria-labelledby="export-title">
          <h3 id="export-title">{t('defects.web.export')}</h3>
          <p class="list-tools">
            <a class="button subtle" href={`/api/defects/${view.id}/export.json`} download>
              {t('defects.web.export_json')}
            </a>
            <a
              class="button subtle"
              href={`/api/defects/${view.id}/export.html`}
              target="_blank"
              rel="noopener"
            >
              {t('defects.web.export_html')}
            </a>
          </p>
        </section>
      ) : null}
      <p>
        <a href={`/p/${projectId}/defects`}>{t('defects.web.title')}</a>
      </p>
    </article>
  );
}

function StatusForm({ view }: { view: DefectView }) {
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
      if (e instanceof ApiError) {
        setError(e.message);
        setFields(e.payload.fields ?? {});
      } else setError(String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="change-title">
      <h3 id="change-title">{t('defects.web.change_title')}</h3>
      <form class="stack" onSubmit={save} noValidate>
        <label for="defect-status">{t('defects.web.new_status')}</label>
        <select
          id="defect-status"
          value={status}
          onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as DefectStatus)}
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
        {status === 'rejected' ? (
          <>
            <label for="defect-reason">{t('defects.web.reason_label')}</label>
            <textarea
              id="defect-reason"
              rows={2}
              maxLength={1000}
              required
              aria-invalid={fields.reason ? true : undefined}
              value={reason}
              onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <ErrorText message={fields.reason} />
          </>
        ) : (
          <>
            <label for="defect-note">{t('defects.web.note_label')}</label>
            <textarea
              id="defect-note"
              rows={2}
              maxLength={1000}
              value={note}
              onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </>
        )}
        {status !== 'solved' && status !== 'rejected' && status !== 'open' ? (
          <>
            <label for="defect-planned">{t('defects.web.planned_label')}</label>
            <input
              id="defect-planned"
              type="date"
              value={planned}
              onInput={(e) => setPlanned((e.currentTarget as HTMLInputElement).value)}
            />
            <ErrorText message={fields.plannedFor} />
          </>
        ) : null}
        <ErrorText message={error} />
        {saved ? (
          <p class="notice" role="status">
            {t('defects.web.saved')}
          </p>
        ) : null}
        <button type="submit" class="button primary" disabled={saving || !status}>
          {t('defects.web.save')}
        </button>
      </form>
    </section>
  );
}

function PhotoUpload({ view }: { view: DefectView }) {
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setError(undefined);
    setMessage(undefined);
    if (file.size > PHOTO_MAX_BYTES) {
      setError(t('defects.error.photo_too_big'));
      return;
    }
    setBusy(true);
    try {
      remember((await defectsApi.uploadPhoto(view.id, file)).defect);
      setMessage(t('defects.web.photo_added'));
    } catch (e) {
      setError(e instanceof ApiError ? (e.payload.fields?.photo ?? e.message) : String(e));
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  return (
    <div class="stack photo-upload">
      <label for="case-photo">{t('defects.web.add_photo')}</label>
      <p id="case-photo-hint" class="hint">
        {t('defects.web.photo_hint')}
      </p>
      <input
        id="case-photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby="case-photo-hint"
        disabled={busy}
        onChange={(e) => void pick(e)}
      />
      <ErrorText message={error} />
      {message ? (
        <p class="notice" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
