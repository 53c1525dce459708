import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../../server/i18n/locale';
import { canSetProjectLanguage } from '../../../../../server/protocol/access';
import { api, refusalOf } from '../../../api/http';
import { routes } from '../../../../../server/protocol/routes';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import type { FeatureProps } from '../../feature';

const choices: Locale[] = ['nl', 'en'];

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
    <fieldset class="choices-vertical">
      <legend>{t('settings.project_language_intro')}</legend>
      {choices.map((choice) => (
        <label key={choice} class="radio">
          <input
            type="radio"
            name="project-language"
            value={choice}
            checked={current === choice}
            disabled={current === undefined}
            onChange={() => void choose(choice)}
            lang={choice}
          />
          <span lang={choice}>{t(`settings.language.${choice}`)}</span>
        </label>
      ))}
      <p class="muted">{t('settings.project_language_hint')}</p>
      <p role="status">{saved ? t('settings.saved') : null}</p>
      <ErrorText message={error} />
    </fieldset>
  );
}
