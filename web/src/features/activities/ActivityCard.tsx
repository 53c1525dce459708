import { useState } from 'preact/hooks';
import type { Activity } from '../../../../server/protocol/activities';
import { http } from '../../api/http';
import { t, locale } from '../../i18n';
import { errorText } from './errors';
import { answerOffer, replace, signUp, withdraw } from './state';

function when(activity: Activity): string {
  const format = new Intl.DateTimeFormat(locale.value === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: activity.timezone,
  });
  return format.format(new Date(activity.startsAt));
}

function seatsText(activity: Activity): string {
  const { seats } = activity;
  if (seats.left === null) return t('activities.web.no_limit');
  if (seats.left === 0) return t('activities.web.full', { waiting: seats.waiting });
  return t('activities.web.places_left', { left: seats.left, capacity: seats.capacity ?? 0 });
}

/** One activity on the board: what, when, where, places (live), and one tap to join. */
export function ActivityCard({ activity }: { activity: Activity }) {
  const [guests, setGuests] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const mine = activity.mySignup;
  const cancelled = activity.status === 'cancelled';

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  const guestId = `guests-${activity.id}`;
  return (
    <article class="activity" aria-labelledby={`title-${activity.id}`}>
      <h3 id={`title-${activity.id}`}>{activity.title}</h3>
      {activity.status !== 'published' ? (
        <p class="tag">{t(`activities.web.status.${activity.status}`)}</p>
      ) : null}
      <p>
        <strong>{when(activity)}</strong>
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
        <div class="signup">
          {mine === null ? (
            <>
              {activity.maxGuests > 0 ? (
                <p class="guests">
                  <label for={guestId}>{t('activities.web.guests_label')}</label>
                  <select
                    id={guestId}
                    value={guests}
                    onChange={(e) => setGuests(Number((e.target as HTMLSelectElement).value))}
                  >
                    {Array.from({ length: activity.maxGuests + 1 }, (_, n) => (
                      <option key={n} value={n}>
                        {n === 0 ? t('activities.web.guests_none') : `+${n}`}
                      </option>
                    ))}
                  </select>
                </p>
              ) : null}
              <button
                type="button"
                class="button primary"
                disabled={busy}
                onClick={() => run(() => signUp(activity.id, guests))}
              >
                {activity.seats.left === 0
                  ? t('activities.web.join_waitlist')
                  : t('activities.web.join')}
              </button>
            </>
          ) : (
            <>
              <p class="status" role="status">
                {mine.status === 'confirmed'
                  ? t('activities.web.you_are_in', { guests: mine.guests })
                  : mine.status === 'waitlisted'
                    ? t('activities.web.you_wait', { position: mine.position ?? 0 })
                    : t('activities.web.offered')}
              </p>
              {mine.status === 'offered' ? (
                <div class="row">
                  <button
                    type="button"
                    class="button primary"
                    disabled={busy}
                    onClick={() => run(() => answerOffer(activity.id, true))}
                  >
                    {t('activities.note.offer_yes')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    disabled={busy}
                    onClick={() => run(() => answerOffer(activity.id, false))}
                  >
                    {t('activities.note.offer_no')}
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  class="button subtle"
                  disabled={busy}
                  onClick={() => run(() => withdraw(activity.id))}
                >
                  {t('activities.web.withdraw')}
                </button>
              )}
            </>
          )}
        </div>
      ) : null}

      {activity.tasks.length > 0 ? (
        <div class="tasks">
          <h4>{t('activities.web.tasks')}</h4>
          <ul>
            {activity.tasks.map((task) => (
              <li key={task.id}>
                {t('activities.web.task_line', {
                  task: task.title,
                  taken: task.taken,
                  slots: task.slots,
                })}
                {task.volunteers && task.volunteers.length > 0
                  ? ` (${task.volunteers.join(', ')})`
                  : ''}{' '}
                {activity.status === 'published' && !cancelled ? (
                  task.mine ? (
                    <button
                      type="button"
                      class="button subtle"
                      disabled={busy}
                      onClick={() =>
                        run(async () => {
                          const r = await http.delete<{ activity: Activity }>(
                            `/api/activities/tasks/${task.id}/volunteer`,
                          );
                          replace(r.activity);
                        })
                      }
                    >
                      {t('activities.web.task_stop')}
                    </button>
                  ) : task.taken < task.slots ? (
                    <button
                      type="button"
                      class="button"
                      disabled={busy}
                      onClick={() =>
                        run(async () => {
                          const r = await http.post<{ activity: Activity }>(
                            `/api/activities/tasks/${task.id}/volunteer`,
                          );
                          replace(r.activity);
                        })
                      }
                    >
                      {t('activities.web.task_help')}
                    </button>
                  ) : null
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p class="row">
        <a class="button subtle" href={`/api/activities/${activity.id}/ics`} download>
          {t('activities.web.ics')}
        </a>
        {activity.canManage ? <ManageButtons activity={activity} run={run} busy={busy} /> : null}
      </p>
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
}: {
  activity: Activity;
  run: (work: () => Promise<void>) => Promise<void>;
  busy: boolean;
}) {
  if (activity.status === 'cancelled') return null;
  return (
    <>
      {activity.status !== 'published' ? (
        <button
          type="button"
          class="button primary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const r = await http.post<{ activity: Activity }>(
                `/api/activities/${activity.id}/publish`,
              );
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
            run(() =>
              http.post(`/api/activities/${activity.id}/volunteer-call`).then(() => undefined),
            )
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
            const r = await http.post<{ activity: Activity }>(
              `/api/activities/${activity.id}/cancel`,
              {},
            );
            replace(r.activity);
          });
        }}
      >
        {t('activities.web.cancel')}
      </button>
    </>
  );
}
