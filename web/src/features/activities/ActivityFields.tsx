import type { Activity } from '../../../../server/protocol/activities';
import { t } from '../../i18n';

/**
 * The fields a new and a changed activity share: name, day, start and end, place, places,
 * description. `id` gives each field's element id; with an `activity` they start filled in.
 */
export function ActivityBasicsFields({
  id,
  activity,
}: {
  id: (name: string) => string;
  activity?: Activity;
}) {
  return (
    <>
      <label for={id('title')}>{t('activities.web.f_title')}</label>
      <input
        id={id('title')}
        name="title"
        required
        minLength={3}
        maxLength={80}
        defaultValue={activity?.title}
      />
      <label for={id('date')}>{t('activities.web.f_date')}</label>
      <input
        id={id('date')}
        name="date"
        type="date"
        required
        defaultValue={activity?.start.slice(0, 10)}
      />
      <label for={id('start')}>{t('activities.web.f_start')}</label>
      <input
        id={id('start')}
        name="start"
        type="time"
        required
        defaultValue={activity?.start.slice(11)}
      />
      <label for={id('end')}>{t('activities.web.f_end')}</label>
      <input
        id={id('end')}
        name="end"
        type="time"
        required
        defaultValue={activity?.end.slice(11)}
      />
      <label for={id('place')}>{t('activities.web.f_place')}</label>
      <input id={id('place')} name="place" maxLength={120} defaultValue={activity?.place} />
      <label for={id('capacity')}>{t('activities.web.f_capacity')}</label>
      <input
        id={id('capacity')}
        name="capacity"
        type="number"
        min={1}
        max={500}
        defaultValue={
          activity ? (activity.capacity === null ? '' : String(activity.capacity)) : undefined
        }
      />
      <label for={id('description')}>{t('activities.web.f_description')}</label>
      <textarea
        id={id('description')}
        name="description"
        maxLength={2000}
        rows={3}
        defaultValue={activity?.description}
      />
    </>
  );
}

/** The end of an activity form: what went wrong, then save and close. */
export function ActivityFormTail({
  error,
  saveLabel,
  onClose,
}: {
  error: string | undefined;
  saveLabel: string;
  onClose: () => void;
}) {
  return (
    <>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="button primary">
          {saveLabel}
        </button>
        <button type="button" class="button subtle" onClick={onClose}>
          {t('activities.web.close')}
        </button>
      </div>
    </>
  );
}
