import { useEffect, useState } from 'preact/hooks';
import type { Activity, Attendee } from '../../../../server/protocol/activities';
import { t } from '../../i18n';
import { errorText } from './errors';
import { loadAttendees } from './state';

function line(person: Attendee): string {
  if (person.status === 'waitlisted')
    return t('activities.web.who_waiting', { name: person.name, position: person.position ?? 0 });
  if (person.status === 'offered') return t('activities.web.who_offered', { name: person.name });
  if (person.guests === 1) return t('activities.web.who_guest_one', { name: person.name });
  if (person.guests > 1)
    return t('activities.web.who_guests', { name: person.name, guests: person.guests });
  return person.name;
}

/**
 * Who signed up, for the organiser, coordinators and staff only (the server refuses anyone
 * else): names and guests, nothing more. Closed until asked; follows the seat counts live.
 */
export function WhoComes({ activity }: { activity: Activity }) {
  const [open, setOpen] = useState(false);
  const [people, setPeople] = useState<Attendee[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const { taken, waiting } = activity.seats;

  useEffect(() => {
    if (!open) return;
    loadAttendees(activity.id).then(setPeople, (failure) => setError(errorText(failure)));
  }, [open, activity.id, taken, waiting]);

  const listId = `who-${activity.id}`;
  return (
    <div class="who">
      <button
        type="button"
        class="button subtle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t('activities.web.who_hide') : t('activities.web.who_show')}
      </button>
      {open ? (
        <div id={listId}>
          <h4>{t('activities.web.who_title')}</h4>
          {people && people.length === 0 ? (
            <p class="muted">{t('activities.web.who_none')}</p>
          ) : null}
          {people && people.length > 0 ? (
            <ul>
              {people.map((person) => (
                <li key={person.userId}>{line(person)}</li>
              ))}
            </ul>
          ) : null}
          <p class="muted">{t('activities.web.who_private')}</p>
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
