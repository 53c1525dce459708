import { useEffect, useState } from 'preact/hooks';
import {
  defectStatuses,
  type DefectStatus,
  type DefectView,
} from '../../../../server/protocol/defects';
import { ApiError } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { defectsApi } from './api';
import { dateLabel, placeLabel, reportersLabel } from './labels';
import { SpacesEditor } from './SpacesEditor';
import { defectsById, remember } from './state';

/** One case in a list: what, where, status, how many report it. */
export function CaseCard({ view, projectId }: { view: DefectView; projectId: string }) {
  return (
    <li class="case-card">
      <p class="case-head">
        <span class={`status status-${view.status}`}>{t(`defects.status.${view.status}`)}</span>
        {view.urgency === 'urgent' ? (
          <span class="status status-urgent">{t('defects.web.urgent_badge')}</span>
        ) : null}
      </p>
      <p class="case-what">
        <strong>{view.ref}</strong> {view.what}
      </p>
      <p class="muted">
        {placeLabel(view.place)} · {reportersLabel(view)}
        {view.plannedFor
          ? ` · ${t('defects.web.planned', { date: dateLabel(view.plannedFor) })}`
          : ''}
      </p>
      {view.mine ? (
        <p class="mine">
          {view.mine === 'first' ? t('defects.web.mine_first') : t('defects.web.mine_me_too')}
        </p>
      ) : null}
      <a href={`/p/${projectId}/defects/case/${view.id}`}>
        {t('defects.web.open_case', { ref: view.ref })}
      </a>
    </li>
  );
}

/**
 * "My reports" (everything the person reported or said "me too" to) or, for those who handle
 * cases, all of the project's cases with a status filter. Live: changes arrive by socket.
 */
export function DefectList({
  projectId,
  scope,
  managesSpaces = false,
}: {
  projectId: string;
  scope: 'mine' | 'all';
  managesSpaces?: boolean;
}) {
  const [status, setStatus] = useState<DefectStatus | ''>('');
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    setLoaded(false);
    defectsApi
      .list(projectId, scope, status || undefined)
      .then((r) => {
        remember(...r.defects);
        setLoaded(true);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [projectId, scope, status]);

  const views = Object.values(defectsById.value)
    .filter((v) => v.projectId === projectId)
    .filter((v) => (scope === 'mine' ? v.mine !== null : true))
    .filter((v) => !status || v.status === status)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const titleId = `list-${scope}`;

  return (
    <section class="defects-section" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {scope === 'mine' ? t('defects.web.tab_mine') : t('defects.web.tab_all')}
      </h2>
      {scope === 'all' ? (
        <div class="list-tools">
          <label for="defect-filter">{t('defects.web.filter_label')}</label>
          <select
            id="defect-filter"
            value={status}
            onChange={(e) =>
              setStatus((e.currentTarget as HTMLSelectElement).value as DefectStatus)
            }
          >
            <option value="">{t('defects.web.filter_all')}</option>
            {defectStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`defects.status.${s}`)}
              </option>
            ))}
          </select>
          <a class="button subtle" href={`/api/projects/${projectId}/defects/export.csv`} download>
            {t('defects.web.export_csv')}
          </a>
        </div>
      ) : null}
      <ErrorText message={error} />
      {!loaded && !error ? <p class="muted">{t('defects.web.loading')}</p> : null}
      {loaded && views.length === 0 ? (
        <p class="muted">
          {scope === 'mine' ? t('defects.web.no_reports') : t('defects.web.no_cases')}
        </p>
      ) : null}
      <ul class="case-list" aria-live="polite">
        {views.map((v) => (
          <CaseCard key={v.id} view={v} projectId={projectId} />
        ))}
      </ul>
      {managesSpaces ? <SpacesEditor projectId={projectId} /> : null}
    </section>
  );
}
