import { useEffect, useState } from 'preact/hooks';
import { interestTags, type InterestTag } from '../../../../../server/protocol/activity-vocab';
import { ErrorText } from '../../../components/Page';
import { t } from '../../../i18n';
import { loadInterests, saveInterests } from '../../activities/api';
import { errorText } from '../../activities/errors';
import type { FeatureProps } from '../../feature';

/** Only people who take part in activities have interests and calendar links. */
export function takesPartInActivities({ project }: FeatureProps): boolean {
  return project.myRole !== 'corporation';
}

/**
 * "Mijn interesses": opt in to personal invitations for activities that match. Private: only the
 * person sees their choice; organisers only see how many people share an interest.
 */
export function InterestsSection({ project }: FeatureProps) {
  const [tags, setTags] = useState<InterestTag[]>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    loadInterests(project.id)
      .then(setTags)
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [project.id]);

  async function toggle(tag: InterestTag, on: boolean) {
    const current = tags ?? [];
    const next = on ? [...current, tag] : current.filter((x) => x !== tag);
    setSaved(false);
    setError(undefined);
    try {
      setTags(await saveInterests(project.id, next));
      setSaved(true);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  if (!tags) return error ? <ErrorText message={error} /> : <p>{t('web.loading')}</p>;
  return (
    <>
      <fieldset>
        <legend>{t('settings.interests_intro')}</legend>
        <p class="muted">{t('activities.web.interests_private')}</p>
        {interestTags.map((tag) => (
          <label key={tag} class="check">
            <input
              type="checkbox"
              name="interests"
              value={tag}
              checked={tags.includes(tag)}
              onChange={(e) => void toggle(tag, e.currentTarget.checked)}
            />
            {t(`activities.interest.${tag}`)}
          </label>
        ))}
      </fieldset>
      <p role="status">{saved ? t('settings.saved') : null}</p>
      <ErrorText message={error} />
    </>
  );
}
