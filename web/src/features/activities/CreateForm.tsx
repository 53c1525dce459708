import { accessibilityKeys, interestTags } from '../../../../server/protocol/activities';
import { t } from '../../i18n';
import { ActivityBasicsFields, ActivityFormTail } from './ActivityFields';
import { TaskFields } from './TaskFields';
import { useCreateActivity } from './useCreateActivity';
import { counted } from './words';

type CreateState = ReturnType<typeof useCreateActivity>;

/** Make an activity: coordinators and staff publish at once; residents propose one. */
export function CreateForm({ projectId, manager }: { projectId: string; manager: boolean }) {
  const state = useCreateActivity(projectId, manager);
  const { setOpen } = state;

  if (!state.open) {
    return (
      <div>
        {state.message ? <p role="status">{state.message}</p> : null}
        <button type="button" class="button primary" onClick={() => setOpen(true)}>
          {manager ? t('activities.web.new') : t('activities.web.propose')}
        </button>
      </div>
    );
  }
  return (
    <form class="stack activity-form" onSubmit={state.submit}>
      <h3>{manager ? t('activities.web.new') : t('activities.web.propose')}</h3>
      <ActivityBasicsFields id={(name) => `a-${name}`} />
      <label for="a-repeat">{t('activities.web.f_repeat')}</label>
      <select id="a-repeat" name="repeat">
        <option value="">{t('activities.web.repeat_none')}</option>
        <option value="weekly">{t('activities.web.repeat_weekly')}</option>
        <option value="biweekly">{t('activities.web.repeat_biweekly')}</option>
        <option value="monthly">{t('activities.web.repeat_monthly')}</option>
      </select>
      <label for="a-count">{t('activities.web.f_count')}</label>
      <input id="a-count" name="count" type="number" min={2} max={104} />
      <fieldset>
        <legend>{t('activities.web.f_access')}</legend>
        {accessibilityKeys.map((key) => (
          <label key={key} class="check">
            <input type="checkbox" name={`access-${key}`} /> {t(`activities.access.${key}`)}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" name="open" defaultChecked /> {t('activities.web.f_open')}
      </label>
      <TaskFields
        tasks={state.tasks}
        onChange={state.setTasks}
        pending={state.pending}
        onPending={state.setPending}
      />
      <InterestFields state={state} />
      <ActivityFormTail
        error={state.error}
        saveLabel={manager ? t('activities.web.publish') : t('activities.web.propose')}
        onClose={() => setOpen(false)}
      />
    </form>
  );
}

/** The interests the activity suits; a manager sees how many people share them. */
function InterestFields({ state }: { state: CreateState }) {
  const { tags, interested, countFor } = state;
  return (
    <>
      <fieldset>
        <legend>{t('activities.web.f_interests')}</legend>
        {interestTags.map((tag) => (
          <label key={tag} class="check">
            <input
              type="checkbox"
              checked={tags.includes(tag)}
              onChange={(e) =>
                void countFor(
                  (e.target as HTMLInputElement).checked
                    ? [...tags, tag]
                    : tags.filter((x) => x !== tag),
                )
              }
            />{' '}
            {t(`activities.interest.${tag}`)}
          </label>
        ))}
      </fieldset>
      {interested !== undefined ? (
        <p role="status">
          {counted(
            interested,
            { one: 'activities.web.interested_one', many: 'activities.web.interested_count' },
            { count: interested },
          )}
        </p>
      ) : null}
    </>
  );
}
