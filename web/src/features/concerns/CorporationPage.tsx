import { useEffect, useState } from 'preact/hooks';
import type { CorporationCaseView } from '../../../../server/protocol/concerns';
import {
  corporationCaseStatuses,
  type CorporationCaseStatus,
} from '../../../../server/protocol/concernTypes';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { connect } from '../../state/chat';
import { dateTime } from './format';
import './concerns.css';

/**
 * The housing corporation's view: only the cases forwarded to it, with what the reporter agreed
 * to share, and a way to post status back.
 */
export function CorporationPage({ projectId }: { projectId: string }) {
  const [cases, setCases] = useState<CorporationCaseView[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const load = () =>
      api(routes.concerns.corporationCases, { params: { projectId } })
        .then((r) => setCases(r.cases))
        .catch(() => setError(t('web.error_generic')));
    void load();
    const { socket } = connect();
    const onCase = (view: CorporationCaseView) =>
      setCases((list) => [view, ...list.filter((c) => c.id !== view.id)]);
    socket.on('corporation:case', onCase);
    return () => socket.off('corporation:case', onCase);
  }, [projectId]);

  return (
    <div class="feature-page">
      <h2>{t('concerns.web.corp_title')}</h2>
      <p>{t('concerns.web.corp_intro')}</p>
      <ErrorText message={error} />
      <ul class="cards" aria-live="polite">
        {cases.length === 0 ? <li class="muted">{t('concerns.web.corp_none')}</li> : null}
        {cases
          .filter((c) => c.projectId === projectId)
          .map((c) => (
            <CaseCard key={c.id} view={c} projectId={projectId} onError={setError} />
          ))}
      </ul>
    </div>
  );
}

function CaseCard({
  view,
  projectId,
  onError,
}: {
  view: CorporationCaseView;
  projectId: string;
  onError: (message: string) => void;
}) {
  return (
    <li class="card">
      <h3 class="card-title">
        {t(`concerns.category.${view.category as 'other'}`)}{' '}
        <span class="pill">{t(`concerns.corp_status.${view.status}`)}</span>
      </h3>
      <p class="muted">{t('concerns.web.corp_forwarded', { when: dateTime(view.forwardedAt) })}</p>
      {view.description ? <p class="quote">{view.description}</p> : null}
      <p>
        {view.unitLabel ? t('concerns.web.unit', { unit: view.unitLabel }) : null}
        {view.reporterName ? ` · ${t('concerns.web.from', { name: view.reporterName })}` : ''}
      </p>
      <p class="muted">
        {view.steps
          .map((s) => `${t(`concerns.step.${s.step as 'zelf'}`)} (${dateTime(s.at)})`)
          .join(' → ')}
      </p>
      {view.thread.length > 0 ? (
        <details>
          <summary>{t('concerns.web.corp_thread')}</summary>
          <ul class="plain">
            {view.thread.map((m, i) => (
              <li key={i}>
                <strong>{m.author}</strong>: {m.body}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {view.updates.length > 0 ? (
        <ul class="plain">
          {view.updates.map((u, i) => (
            <li key={i}>
              {dateTime(u.at)} · {t(`concerns.corp_status.${u.status}`)}
              {u.body ? `: ${u.body}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <CaseUpdateForm view={view} projectId={projectId} onError={onError} />
    </li>
  );
}

/** The corporation's answer on a case: its new status and an optional note. */
function CaseUpdateForm({
  view,
  projectId,
  onError,
}: {
  view: CorporationCaseView;
  projectId: string;
  onError: (message: string) => void;
}) {
  const [status, setStatus] = useState<CorporationCaseStatus>(view.status);
  const [body, setBody] = useState('');
  const inputId = `case-${view.id}`;

  async function post(event: Event) {
    event.preventDefault();
    try {
      await api(routes.concerns.corporationUpdate, {
        params: { projectId, caseId: view.id },
        body: { status, ...(body.trim() ? { body } : {}) },
      });
      setBody('');
    } catch (failure) {
      onError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  return (
    <form class="stack" onSubmit={post}>
      <label for={`${inputId}-status`}>{t('concerns.web.corp_status_label')}</label>
      <select
        id={`${inputId}-status`}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as CorporationCaseStatus)}
      >
        {corporationCaseStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`concerns.corp_status.${s}`)}
          </option>
        ))}
      </select>
      <label for={`${inputId}-body`}>{t('concerns.web.corp_note_label')}</label>
      <textarea
        id={`${inputId}-body`}
        rows={2}
        maxLength={2000}
        value={body}
        onInput={(e) => setBody(e.currentTarget.value)}
      />
      <button type="submit" class="button primary">
        {t('concerns.web.corp_send')}
      </button>
    </form>
  );
}
