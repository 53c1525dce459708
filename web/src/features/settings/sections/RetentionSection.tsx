import { useEffect, useState } from 'preact/hooks';
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from '../../../../../server/protocol/projects';
import { canSetRetention } from '../../../../../server/protocol/access';
import { ApiError, api } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import type { FeatureProps } from '../../feature';

/** The project's retention period is for its admins (the server checks the same rule). */
export function setsRetention({ project }: FeatureProps): boolean {
  return canSetRetention(project.myRole);
}

/**
 * How long the project keeps closed concerns and ended invite links before they are made
 * anonymous or deleted (`GET|PATCH /api/projects/:projectId/retention`).
 */
export function RetentionSection({ project }: FeatureProps) {
  const [days, setDays] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    api(routes.projects.retention, { params: { projectId: project.id } })
      .then((r) => setDays(String(r.retentionDays)))
      .catch(() => setError(t('web.error_generic')));
  }, [project.id]);

  async function save(event: Event) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      const r = await api(routes.projects.setRetention, {
        params: { projectId: project.id },
        body: { retentionDays: Number(days) },
      });
      setDays(String(r.retentionDays));
      setSaved(true);
    } catch (e) {
      setError(
        e instanceof ApiError
          ? (e.payload.fields?.retentionDays ?? e.payload.message)
          : t('web.error_generic'),
      );
    }
  }

  return (
    <form class="stack" onSubmit={save} noValidate>
      <p>{t('settings.retention_intro')}</p>
      <label for="retention-days">{t('settings.retention_label')}</label>
      <input
        id="retention-days"
        type="number"
        inputMode="numeric"
        min={RETENTION_MIN_DAYS}
        max={RETENTION_MAX_DAYS}
        step={1}
        value={days}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby="retention-days-hint"
        onInput={(e) => setDays(e.currentTarget.value)}
      />
      <p id="retention-days-hint" class="muted">
        {t('settings.retention_hint', { min: RETENTION_MIN_DAYS, max: RETENTION_MAX_DAYS })}
      </p>
      <button type="submit" class="button">
        {t('settings.retention_save')}
      </button>
      <p role="status">{saved ? t('settings.saved') : null}</p>
      <ErrorText message={error} />
    </form>
  );
}
