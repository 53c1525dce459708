import { useState } from 'preact/hooks';
import { t } from '../../i18n';

export interface TaskDraft {
  title: string;
  slots: number;
}

/**
 * Volunteer tasks in the create form: a title and how many helpers, added one by one. A task
 * typed but not yet added is sent too (`pending`), so nothing typed is lost.
 */
export function TaskFields({
  tasks,
  onChange,
  pending,
  onPending,
}: {
  tasks: TaskDraft[];
  onChange: (next: TaskDraft[]) => void;
  pending: TaskDraft;
  onPending: (next: TaskDraft) => void;
}) {
  const [hint, setHint] = useState(false);
  function add() {
    const title = pending.title.trim();
    if (title.length < 2) return setHint(true);
    setHint(false);
    onChange([...tasks, { title, slots: pending.slots }]);
    onPending({ title: '', slots: 1 });
  }
  return (
    <fieldset>
      <legend>{t('activities.web.f_tasks')}</legend>
      <p class="muted" id="a-tasks-help">
        {t('activities.web.f_tasks_help')}
      </p>
      {tasks.length > 0 ? (
        <ul>
          {tasks.map((task, i) => (
            <li key={`${task.title}-${i}`} class="row">
              <span>{t('activities.web.task_open', { task: task.title, open: task.slots })}</span>
              <button
                type="button"
                class="button subtle"
                aria-label={t('activities.web.task_remove', { task: task.title })}
                onClick={() => onChange(tasks.filter((_, j) => j !== i))}
              >
                {t('activities.web.task_removed')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {tasks.length < 10 ? (
        <div class="stack">
          <label for="a-task-title">{t('activities.web.task_title')}</label>
          <input
            id="a-task-title"
            maxLength={60}
            aria-describedby="a-tasks-help"
            value={pending.title}
            onInput={(e) => onPending({ ...pending, title: (e.target as HTMLInputElement).value })}
          />
          <label for="a-task-slots">{t('activities.web.task_slots')}</label>
          <input
            id="a-task-slots"
            type="number"
            min={1}
            max={20}
            value={pending.slots}
            onInput={(e) =>
              onPending({ ...pending, slots: Number((e.target as HTMLInputElement).value) || 1 })
            }
          />
          {hint ? (
            <p class="error" role="alert">
              {t('activities.web.task_title_hint')}
            </p>
          ) : null}
          <button type="button" class="button" onClick={add}>
            {t('activities.web.task_add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
