import { useState } from 'preact/hooks';
import { accessibilityKeys, type InterestTag } from '../../../../server/protocol/activities';
import { api } from '../../api/http';
import type { BodyOf } from '../../../../server/protocol/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { errorText } from './errors';
import { replace } from './state';
import type { TaskDraft } from './TaskFields';
import { counted } from './words';

type NewActivity = BodyOf<typeof routes.activities.create>;
/** The repeat select offers the schema's frequencies only. */
type Frequency = NonNullable<NewActivity['recurrence']>['frequency'];

/** What the form holds besides its named fields: interests, tasks and the task being typed. */
interface Extras {
  projectId: string;
  manager: boolean;
  tags: InterestTag[];
  tasks: TaskDraft[];
  pending: TaskDraft;
}

/** The new activity from the form's fields; a task still being typed (2+ letters) counts too. */
function newActivity(form: FormData, extras: Extras): NewActivity {
  const { projectId, manager, tags, tasks, pending } = extras;
  const text = (name: string) => String(form.get(name) ?? '');
  const day = text('date');
  const repeat = text('repeat');
  const body: NewActivity = {
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
  if (repeat)
    body.recurrence = { frequency: repeat as Frequency, count: Number(text('count') || '4') };
  return body;
}

/** What the maker is told: published (and how many are interested), or proposed. */
function createdMessage(manager: boolean, interested: number): string {
  return manager
    ? counted(
        interested,
        {
          none: 'activities.web.created_none',
          one: 'activities.web.created_one',
          many: 'activities.web.created',
        },
        { count: interested },
      )
    : t('activities.web.proposed');
}

/**
 * The new-activity form's state: open or not, the interests (managers see how many people
 * share them), the tasks, and the submit.
 */
export function useCreateActivity(projectId: string, manager: boolean) {
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
    const r = await api(routes.activities.interestCount, {
      query: { projectId, tags: next.join(',') },
    });
    setInterested(r.count);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const body = newActivity(form, { projectId, manager, tags, tasks, pending });
    try {
      setError(undefined);
      const r = await api(routes.activities.create, { body });
      replace(r.activity);
      setMessage(createdMessage(manager, r.interested));
      setTasks([]);
      setPending({ title: '', slots: 1 });
      setOpen(false);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return {
    open,
    setOpen,
    message,
    error,
    tags,
    interested,
    tasks,
    setTasks,
    pending,
    setPending,
    countFor,
    submit,
  };
}
