import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { defectsApi } from './api';
import { CaseExport } from './CaseExport';
import { CaseFacts } from './CaseFacts';
import { CaseHistory } from './CaseHistory';
import { CasePhotos, PhotoUpload } from './CasePhotos';
import { defectsById, remember } from './state';
import { StatusForm } from './StatusForm';

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
      <CaseFacts view={view} />

      {view.photos.length > 0 ? <CasePhotos view={view} /> : null}
      {view.mine ? <PhotoUpload view={view} /> : null}

      <CaseHistory view={view} />

      {canChange ? <StatusForm view={view} /> : null}

      {handles ? <CaseExport view={view} /> : null}
      <p>
        <a href={`/p/${projectId}/defects`}>{t('defects.web.title')}</a>
      </p>
    </article>
  );
}
