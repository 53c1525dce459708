import type { DefectSince } from '../../../../server/protocol/defects';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import type { DefectReport } from './useDefectReport';

const sinces: DefectSince[] = ['today', 'days', 'weeks', 'unknown'];

/** Where it is (a shared space or the person's own home) and what is broken. */
export function PlaceAndWhatFields({ form }: { form: DefectReport }) {
  const { fields, ownUnit } = form;
  return (
    <>
      <label for="defect-place">{t('defects.web.place_label')}</label>
      <select
        id="defect-place"
        required
        value={form.place}
        aria-invalid={fields['place.spaceId'] ? true : undefined}
        onChange={(e) => form.setPlace((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('defects.web.place_choose')}</option>
        {form.spaces.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value="own">
          {ownUnit
            ? `${t('defects.bot.own_home')} (${t('defects.place.unit', { unit: ownUnit })})`
            : t('defects.bot.own_home')}
        </option>
      </select>
      <ErrorText message={fields['place.spaceId'] || fields.place} />

      <label for="defect-what">{t('defects.web.what_label')}</label>
      <p id="defect-what-hint" class="hint">
        {t('defects.web.what_hint')}
      </p>
      <textarea
        id="defect-what"
        rows={3}
        maxLength={1000}
        required
        aria-describedby="defect-what-hint"
        aria-invalid={fields.what ? true : undefined}
        value={form.what}
        onInput={(e) => form.setWhat((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <ErrorText message={fields.what} />
    </>
  );
}

/** Since when it is broken, and whether it is urgent (then the repair line shows at once). */
export function SinceAndUrgencyFields({ form }: { form: DefectReport }) {
  const { since, urgent, setUrgent } = form;
  return (
    <>
      <fieldset>
        <legend>{t('defects.web.since_label')}</legend>
        {sinces.map((value) => (
          <label key={value} class="choice-row">
            <input
              type="radio"
              name="since"
              value={value}
              checked={since === value}
              onChange={() => form.setSince(value)}
            />
            {t(`defects.since.${value}`)}
          </label>
        ))}
      </fieldset>

      <fieldset aria-describedby="defect-urgent-hint">
        <legend>{t('defects.web.urgency_label')}</legend>
        <p id="defect-urgent-hint" class="hint">
          {t('defects.web.urgency_hint')}
        </p>
        <label class="choice-row">
          <input type="radio" name="urgency" checked={urgent} onChange={() => setUrgent(true)} />
          {t('defects.web.urgent_yes')}
        </label>
        <label class="choice-row">
          <input type="radio" name="urgency" checked={!urgent} onChange={() => setUrgent(false)} />
          {t('defects.web.urgent_no')}
        </label>
      </fieldset>
    </>
  );
}

/** The optional photo (emptied after each report by keying the input on the report's id). */
export function PhotoField({ form }: { form: DefectReport }) {
  return (
    <>
      <label for="defect-photo">{t('defects.web.photo_label')}</label>
      <p id="defect-photo-hint" class="hint">
        {t('defects.web.photo_hint')}
      </p>
      <input
        key={form.clientId}
        id="defect-photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby="defect-photo-hint"
        onChange={form.pickFile}
      />
      <ErrorText message={form.fields.photo} />
    </>
  );
}
