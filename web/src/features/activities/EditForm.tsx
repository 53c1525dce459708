import { useState } from 'preact/hooks';
import type { Activity } from '../../../../server/protocol/activities';
import { http } from '../../api/http';
import { t } from '../../i18n';
import { errorText } from './errors';
import { replace } from './state';

/**
 * Change an activity (who may manage it): name, day and times, place, places, description.
 * Only what changed is sent; for one date of a series only that date changes. People who
 * signed up hear of a new time or place from Buurtbot (the server does that).
 */
export function EditForm({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const [error, setError] = useState<string | undefined>();
  const id = (name: string) => `edit-${name}-${activity.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '');
    const day = text('date');
    const capacity = text('capacity') ? Number(text('capacity')) : null;
    const next: Record<string, unknown> = {
      title: text('title'),
      place: text('place'),
      description: text('description'),
      capacity,
      start: `${day}T${text('start')}`,
      end: `${day}T${text('end')}`,
    };
    const before: Record<string, unknown> = {
      title: activity.title,
      place: activity.place,
      description: activity.description,
      capacity: activity.capacity,
      start: activity.start,
      end: activity.end,
    };
    const patch = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => value !== before[key]),
    );
    if (Object.keys(patch).length === 0) return onClose();
    try {
      setError(undefined);
      const r = await http.patch<{ activity: Activity }>(`/api/activities/${activity.id}`, patch);
      replace(r.activity);
      onClose();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form class="stack activity-form" onSubmit={submit}>
      <h4>{t('activities.web.edit_title')}</h4>
      {activity.seriesId ? <p class="muted">{t('activities.web.edit_series')}</p> : null}
      <label for={id('title')}>{t('activities.web.f_title')}</label>
      <input
        id={id('title')}
        name="title"
        required
        minLength={3}
        maxLength={80}
        defaultValue={activity.title}
      />
      <label for={id('date')}>{t('activities.web.f_date')}</label>
      <input
        id={id('date')}
        name="date"
        type="date"
        required
        defaultValue={activity.start.slice(0, 10)}
      />
      <label for={id('start')}>{t('activities.web.f_start')}</label>
      <input
        id={id('start')}
        name="start"
        type="time"
        required
        defaultValue={activity.start.slice(11)}
      />
      <label for={id('end')}>{t('activities.web.f_end')}</label>
      <input id={id('end')} name="end" type="time" required defaultValue={activity.end.slice(11)} />
      <label for={id('place')}>{t('activities.web.f_place')}</label>
      <input id={id('place')} name="place" maxLength={120} defaultValue={activity.place} />
      <label for={id('capacity')}>{t('activities.web.f_capacity')}</label>
      <input
        id={id('capacity')}
        name="capacity"
        type="number"
        min={1}
        max={500}
        defaultValue={activity.capacity === null ? '' : String(activity.capacity)}
      />
      <label for={id('description')}>{t('activities.web.f_description')}</label>
      <textarea
        id={id('description')}
        name="description"
        maxLength={2000}
        rows={3}
        defaultValue={activity.description}
      />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="button primary">
          {t('activities.web.edit_save')}
        </button>
        <button type="button" class="button subtle" onClick={onClose}>
          {t('activities.web.close')}
        </button>
      </div>
    </form>
  );
}
