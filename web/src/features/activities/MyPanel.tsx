import { useEffect, useState } from 'preact/hooks';
import { interestTags, type InterestTag } from '../../../../server/protocol/activities';
import { t } from '../../i18n';
import { loadInterests, renewCalendarLink, saveInterests } from './api';
import { errorText } from './errors';

/** Private to the person: their interests (opt-in) and their secret calendar links. */
export function MyPanel({ projectId }: { projectId: string }) {
  const [tags, setTags] = useState<InterestTag[]>([]);
  const [saved, setSaved] = useState(false);
  const [links, setLinks] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void loadInterests(projectId).then(setTags);
  }, [projectId]);

  async function toggle(tag: InterestTag, on: boolean) {
    const next = on ? [...tags, tag] : tags.filter((x) => x !== tag);
    try {
      setTags(await saveInterests(projectId, next));
      setSaved(true);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  async function newLink(scope: 'project' | 'personal') {
    const url = await renewCalendarLink(projectId, scope);
    setLinks({ ...links, [scope]: url });
  }

  return (
    <section class="panel" aria-labelledby="my-title">
      <h2 id="my-title">{t('activities.web.mine_title')}</h2>
      <fieldset>
        <legend>{t('activities.web.interests_title')}</legend>
        <p class="muted">{t('activities.web.interests_private')}</p>
        {interestTags.map((tag) => (
          <label key={tag} class="check">
            <input
              type="checkbox"
              checked={tags.includes(tag)}
              onChange={(e) => void toggle(tag, (e.target as HTMLInputElement).checked)}
            />{' '}
            {t(`activities.interest.${tag}`)}
          </label>
        ))}
        {saved ? <p role="status">{t('activities.web.saved')}</p> : null}
      </fieldset>
      <h3>{t('activities.web.calendar_title')}</h3>
      <p class="muted">{t('activities.web.calendar_text')}</p>
      {(['project', 'personal'] as const).map((scope) => (
        <div key={scope} class="stack">
          <button type="button" class="button" onClick={() => void newLink(scope)}>
            {t(`activities.web.calendar_${scope}`)}
          </button>
          {links[scope] ? (
            <input readOnly value={links[scope]} aria-label={t('activities.web.calendar_link')} />
          ) : null}
        </div>
      ))}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
