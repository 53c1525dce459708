import { useState } from 'preact/hooks';
import type { Activity } from '../../../../server/protocol/activities';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { EditForm } from './EditForm';
import { errorText } from './errors';
import { SignupBox } from './SignupBox';
import { replace } from './state';
import { TaskList } from './TaskList';
import { WhoComes } from './WhoComes';
import { seatsText, whenText } from './words';

/** One activity on the board: what, when, where, places (live), one tap to join, tasks. */
export function ActivityCard({ activity }: { activity: Activity }) {
  const [error, setError] = useState<string | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const cancelled = activity.status === 'cancelled';

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setNote(undefined);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="activity" aria-labelledby={`title-${activity.id}`}>
      <h3 id={`title-${activity.id}`}>{activity.title}</h3>
      {activity.status !== 'published' ? (
        <p class="tag">{t(`activities.web.status.${activity.status}`)}</p>
      ) : null}
      <p>
        <strong>{whenText(activity.startsAt, activity.timezone)}</strong>
        {activity.place ? ` · ${activity.place}` : ''}
      </p>
      {activity.description ? <p>{activity.description}</p> : null}
      {activity.accessibility.length > 0 ? (
        <ul class="access">
          {activity.accessibility.map((key) => (
            <li key={key}>{t(`activities.access.${key}`)}</li>
          ))}
        </ul>
      ) : null}
      {!activity.openToNeighbours ? <p class="muted">{t('activities.web.members_only')}</p> : null}
      <p class="seats" aria-live="polite" data-testid="seats">
        {seatsText(activity)}
      </p>

      {!cancelled && activity.status === 'published' ? (
        <SignupBox activity={activity} run={run} busy={busy} />
      ) : null}
      {activity.seesWhoComes ? <WhoComes activity={activity} /> : null}
      <TaskList activity={activity} run={run} busy={busy} />

      <p class="row">
        <a class="button subtle" href={`/api/activities/${activity.id}/ics`} download>
          {t('activities.web.ics')}
        </a>
        {activity.canManage ? (
          <ManageButtons
            activity={activity}
            run={run}
            busy={busy}
            onNote={setNote}
            onEdit={() => setEditing(true)}
          />
        ) : null}
      </p>
      {editing ? <EditForm activity={activity} onClose={() => setEditing(false)} /> : null}
      {note ? <p role="status">{note}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

function ManageButtons({
  activity,
  run,
  busy,
  onNote,
  onEdit,
}: {
  activity: Activity;
  run: (work: () => Promise<void>) => Promise<void>;
  busy: boolean;
  onNote: (note: string) => void;
  onEdit: () => void;
}) {
  if (activity.status === 'cancelled') return null;
  return (
    <>
      <button type="button" class="button" disabled={busy} onClick={onEdit}>
        {t('activities.web.edit')}
      </button>
      {activity.status !== 'published' ? (
        <button
          type="button"
          class="button primary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const r = await api(routes.activities.publish, {
                params: { activityId: activity.id },
              });
              replace(r.activity);
            })
          }
        >
          {t('activities.web.publish')}
        </button>
      ) : null}
      {activity.status === 'published' && activity.tasks.some((x) => x.taken < x.slots) ? (
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await api(routes.activities.callVolunteers, { params: { activityId: activity.id } });
              onNote(t('activities.web.call_done'));
            })
          }
        >
          {t('activities.web.call')}
        </button>
      ) : null}
      <button
        type="button"
        class="button subtle"
        disabled={busy}
        onClick={() => {
          if (!window.confirm(t('activities.web.cancel_confirm'))) return;
          void run(async () => {
            const r = await api(routes.activities.cancel, {
              params: { activityId: activity.id },
              body: {},
            });
            replace(r.activity);
          });
        }}
      >
        {t('activities.web.cancel')}
      </button>
    </>
  );
}
