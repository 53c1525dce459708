import { useState } from 'preact/hooks';
import type { Activity } from '../../../../server/protocol/activities';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { ActivityBasicsFields, ActivityFormTail } from './ActivityFields';
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
      const r = await api(routes.activities.update, {
        params: { activityId: activity.id },
        body: patch,
      });
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
      <ActivityBasicsFields id={id} activity={activity} />
      <ActivityFormTail error={error} saveLabel={t('activities.web.edit_save')} onClose={onClose} />
    </form>
  );
}
