import { useState } from 'preact/hooks';
import type { Activity } from '../../../../server/protocol/activities';
import { t } from '../../i18n';
import { addTask, helpWith, removeTask } from './state';

type Run = (work: () => Promise<void>) => Promise<void>;

/**
 * The volunteer tasks of an activity: how many helpers are still needed, "Ik help" / "Ik help
 * niet meer", the helpers' names for who may see them, and for coordinators and staff a way to
 * add and remove tasks.
 */
export function TaskList({ activity, run, busy }: { activity: Activity; run: Run; busy: boolean }) {
  const open = activity.status === 'published';
  const manage = activity.canManage && activity.status !== 'cancelled';
  if (activity.tasks.length === 0 && !manage) return null;
  return (
    <div class="tasks">
      <h4>{t('activities.web.tasks')}</h4>
      {activity.tasks.length > 0 ? (
        <ul>
          {activity.tasks.map((task) => (
            <li key={task.id}>
              <span>
                {task.taken < task.slots
                  ? t('activities.web.task_open', {
                      task: task.title,
                      open: task.slots - task.taken,
                    })
                  : t('activities.web.task_full', { task: task.title })}
              </span>
              {task.volunteers && task.volunteers.length > 0 ? (
                <span class="muted">
                  {' '}
                  · {t('activities.web.task_helpers', { names: task.volunteers.join(', ') })}
                </span>
              ) : null}
              <span class="row">
                {open && task.mine ? (
                  <button
                    type="button"
                    class="button subtle"
                    disabled={busy}
                    onClick={() => run(() => helpWith(task.id, false))}
                  >
                    {t('activities.web.task_stop')}
                  </button>
                ) : null}
                {open && !task.mine && task.taken < task.slots ? (
                  <button
                    type="button"
                    class="button"
                    disabled={busy}
                    aria-label={`${t('activities.web.task_help')}: ${task.title}`}
                    onClick={() => run(() => helpWith(task.id, true))}
                  >
                    {t('activities.web.task_help')}
                  </button>
                ) : null}
                {manage ? (
                  <button
                    type="button"
                    class="button subtle"
                    disabled={busy}
                    aria-label={t('activities.web.task_remove', { task: task.title })}
                    onClick={() => run(() => removeTask(task.id))}
                  >
                    {t('activities.web.task_removed')}
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {manage && activity.tasks.length < 10 ? (
        <AddTask activityId={activity.id} run={run} busy={busy} />
      ) : null}
    </div>
  );
}

function AddTask({ activityId, run, busy }: { activityId: string; run: Run; busy: boolean }) {
  const [title, setTitle] = useState('');
  const [slots, setSlots] = useState(1);
  const titleId = `task-title-${activityId}`;
  const slotsId = `task-slots-${activityId}`;
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await addTask(activityId, { title: title.trim(), slots });
          setTitle('');
          setSlots(1);
        });
      }}
    >
      <span class="stack">
        <label for={titleId}>{t('activities.web.task_title')}</label>
        <input
          id={titleId}
          value={title}
          required
          minLength={2}
          maxLength={60}
          onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
        />
      </span>
      <span class="stack">
        <label for={slotsId}>{t('activities.web.task_slots')}</label>
        <input
          id={slotsId}
          type="number"
          min={1}
          max={20}
          required
          value={slots}
          onInput={(e) => setSlots(Number((e.target as HTMLInputElement).value) || 1)}
        />
      </span>
      <button type="submit" class="button" disabled={busy}>
        {t('activities.web.task_add')}
      </button>
    </form>
  );
}
