import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../../server/i18n/locale';
import { canSetProjectLanguage } from '../../../../../server/protocol/access';
import { api, refusalOf } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { t } from '../../../i18n';
import type { FeatureProps } from '../../feature';
import { LocaleChoice } from './LocaleChoice';

/** The project's language is for its admins (the server checks the same rule). */
export function setsProjectLanguage({ project }: FeatureProps): boolean {
  return canSetProjectLanguage(project.myRole);
}

/**
 * The language Buurtbot writes in the project's shared rooms and on its Discord cards
 * (`GET|PATCH /api/projects/:projectId/language`); private messages follow each person's own.
 */
export function ProjectLanguageSection({ project }: FeatureProps) {
  const [current, setCurrent] = useState<Locale>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    api(routes.projects.language, { params: { projectId: project.id } })
      .then((r) => setCurrent(r.locale))
      .catch((e: unknown) => setError(refusalOf(e).message));
  }, [project.id]);

  async function choose(next: Locale) {
    if (next === current) return;
    setError(undefined);
    setSaved(false);
    try {
      const r = await api(routes.projects.setLanguage, {
        params: { projectId: project.id },
        body: { locale: next },
      });
      setCurrent(r.locale);
      setSaved(true);
    } catch (e) {
      setError(refusalOf(e).message);
    }
  }

  return (
    <LocaleChoice
      name="project-language"
      legend={t('settings.project_language_intro')}
      value={current}
      onChoose={(next) => void choose(next)}
      error={error}
    >
      <p class="muted">{t('settings.project_language_hint')}</p>
      <p role="status">{saved ? t('settings.saved') : null}</p>
    </LocaleChoice>
  );
}
