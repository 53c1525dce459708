import { useState } from 'preact/hooks';
import {
  accessibilityKeys,
  interestTags,
  type Activity,
  type InterestTag,
} from '../../../../server/protocol/activities';
import { http } from '../../api/http';
import { t } from '../../i18n';
import { errorText } from './errors';
import { replace } from './state';
import { TaskFields, type TaskDraft } from './TaskFields';
import { counted } from './words';

/** Make an activity: coordinators and staff publish at once; residents propose one. */
export function CreateForm({ projectId, manager }: { projectId: string; manager: boolean }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [tags, setTags] = useState<InterestTag[]>([]);
  const [interested, setInterested] = useState<number | undefined>();
  const [tasks, setTasks] = useState<TaskDraft[]>([]);
  const [pending, setPending] = useState<TaskDraft>({ title: '', slots: 1 });

  async function countFor(next: InterestTag[]) {
    setTags(next);
    if (!manager || next.length === 0) return setInterested(undefined);
    const r = await http.get<{ count: number }>(
      `/api/activities/interest-count?projectId=${projectId}&tags=${next.join(',')}`,
    );
    setInterested(r.count);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '');
    const day = text('date');
    const repeat = text('repeat');
    const body: Record<string, unknown> = {
      projectId,
      title: text('title'),
      description: text('description'),
      start: `${day}T${text('start')}`,
      end: `${day}T${text('end')}`,
      place: text('place'),
      capacity: text('capacity') ? Number(text('capacity')) : null,
      openToNeighbours: form.get('open') === 'on',
      accessibility: accessibilityKeys.filter((k) => form.get(`access-${k}`) === 'on'),
      interests: tags,
      tasks:
        pending.title.trim().length >= 2
          ? [...tasks, { ...pending, title: pending.title.trim() }]
          : tasks,
      publish: manager,
    };
    if (repeat) body.recurrence = { frequency: repeat, count: Number(text('count') || '4') };
    try {
      setError(undefined);
      const r = await http.post<{ activity: Activity; interested: number }>(
        '/api/activities',
        body,
      );
      replace(r.activity);
      setMessage(
        manager
          ? counted(
              r.interested,
              {
                none: 'activities.web.created_none',
                one: 'activities.web.created_one',
                many: 'activities.web.created',
              },
              { count: r.interested },
            )
          : t('activities.web.proposed'),
      );
      setTasks([]);
      setPending({ title: '', slots: 1 });
      setOpen(false);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  if (!open) {
    return (
      <div>
        {message ? <p role="status">{message}</p> : null}
        <button type="button" class="button primary" onClick={() => setOpen(true)}>
          {manager ? t('activities.web.new') : t('activities.web.propose')}
        </button>
      </div>
    );
  }
  return (
    <form class="stack activity-form" onSubmit={submit}>
      <h3>{manager ? t('activities.web.new') : t('activities.web.propose')}</h3>
      <label for="a-title">{t('activities.web.f_title')}</label>
      <input id="a-title" name="title" required minLength={3} maxLength={80} />
      <label for="a-date">{t('activities.web.f_date')}</label>
      <input id="a-date" name="date" type="date" required />
      <label for="a-start">{t('activities.web.f_start')}</label>
      <input id="a-start" name="start" type="time" required />
      <label for="a-end">{t('activities.web.f_end')}</label>
      <input id="a-end" name="end" type="time" required />
      <label for="a-place">{t('activities.web.f_place')}</label>
      <input id="a-place" name="place" maxLength={120} />
      <label for="a-capacity">{t('activities.web.f_capacity')}</label>
      <input id="a-capacity" name="capacity" type="number" min={1} max={500} />
      <label for="a-description">{t('activities.web.f_description')}</label>
      <textarea id="a-description" name="description" maxLength={2000} rows={3} />
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
      <TaskFields tasks={tasks} onChange={setTasks} pending={pending} onPending={setPending} />
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
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="button primary">
          {manager ? t('activities.web.publish') : t('activities.web.propose')}
        </button>
        <button type="button" class="button subtle" onClick={() => setOpen(false)}>
          {t('activities.web.close')}
        </button>
      </div>
    </form>
  );
}
