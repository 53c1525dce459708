import { concernCategories, frequencies } from '../../../../server/protocol/concernTypes';
import { burenberichtText } from '../../../../server/protocol/burenbericht';
import { ErrorText } from '../../components/Page';
import { me } from '../../state/session';
import { t } from '../../i18n';
import type { ConcernReport } from './useConcernReport';

/** What happens: the kind of nuisance, what, when, how often, and what it does to you. */
export function WhatHappensFields({ form }: { form: ConcernReport }) {
  const { category, setCategory, description, setDescription, when, setWhen } = form.draft;
  const { frequency, setFrequency, effect, setEffect } = form.draft;
  const { fields } = form;
  return (
    <>
      <fieldset class="options">
        <legend>{t('concerns.web.category_legend')}</legend>
        {concernCategories.map((c) => (
          <label key={c} class="option">
            <input
              type="radio"
              name="category"
              value={c}
              checked={category === c}
              onChange={() => setCategory(c)}
            />
            {t(`concerns.category.${c}`)}
          </label>
        ))}
      </fieldset>
      <ErrorText message={fields.category} />
      <label for="concern-what">{t('concerns.web.what_label')}</label>
      <p class="hint muted" id="concern-what-hint">
        {t('concerns.web.what_hint')}
      </p>
      <textarea
        id="concern-what"
        rows={4}
        maxLength={2000}
        required
        aria-describedby="concern-what-hint"
        aria-invalid={fields.description ? true : undefined}
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <ErrorText message={fields.description} />
      <label for="concern-when">{t('concerns.web.when_label')}</label>
      <input
        id="concern-when"
        maxLength={200}
        value={when}
        onInput={(e) => setWhen(e.currentTarget.value)}
      />
      <fieldset class="options">
        <legend>{t('concerns.web.frequency_legend')}</legend>
        {frequencies.map((f) => (
          <label key={f} class="option">
            <input
              type="radio"
              name="frequency"
              value={f}
              checked={frequency === f}
              onChange={() => setFrequency(f)}
            />
            {t(`concerns.frequency.${f}`)}
          </label>
        ))}
      </fieldset>
      <label for="concern-effect">{t('concerns.web.effect_label')}</label>
      <input
        id="concern-effect"
        maxLength={500}
        value={effect}
        onInput={(e) => setEffect(e.currentTarget.value)}
      />
    </>
  );
}

/** Which home (optional), whether the person talked to the neighbour, and "I feel unsafe". */
export function HomeAndTalkedFields({ form }: { form: ConcernReport }) {
  const { unit, setUnit, talked, setTalked, unsafe, setUnsafe } = form.draft;
  const { fields } = form;
  return (
    <>
      <label for="concern-unit">{t('concerns.web.unit_label')}</label>
      <input
        id="concern-unit"
        class="short"
        maxLength={6}
        inputMode="text"
        aria-invalid={fields.unit ? true : undefined}
        value={unit}
        onInput={(e) => setUnit(e.currentTarget.value)}
      />
      <ErrorText message={fields.unit} />
      <fieldset class="options">
        <legend>{t('concerns.bot.ask_talked')}</legend>
        {(['yes', 'no', 'afraid'] as const).map((v) => (
          <label key={v} class="option">
            <input
              type="radio"
              name="talked"
              value={v}
              checked={talked === v}
              onChange={() => setTalked(v)}
            />
            {t(`concerns.bot.talked_${v}`)}
          </label>
        ))}
      </fieldset>
      <label class="option unsafe">
        <input
          type="checkbox"
          checked={unsafe}
          onChange={(e) => setUnsafe(e.currentTarget.checked)}
        />
        {t('concerns.web.unsafe_label')}
      </label>
    </>
  );
}

/** The step to take (the suggested one marked), and for a burenbericht: named or not, preview. */
export function StepFields({ form }: { form: ConcernReport }) {
  const { unsafe, setChosen, named, setNamed, unit, category, frequency } = form.draft;
  const { steps, step, suggested } = form;
  return (
    <>
      <fieldset class="options" disabled={unsafe}>
        <legend>{t('concerns.web.step_legend')}</legend>
        {steps.map((s) => (
          <label key={s} class="option">
            <input
              type="radio"
              name="step"
              value={s}
              checked={step === s}
              onChange={() => setChosen(s)}
            />
            <span>
              {t(`concerns.bot.step.${s}`)}
              {s === suggested ? ` ${t('concerns.bot.tip_mark')}` : ''}
              <span class="muted hint-line">{t(`concerns.web.explain.${s}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {step === 'burenbericht' ? (
        <>
          <label class="option">
            <input
              type="checkbox"
              checked={named}
              onChange={(e) => setNamed(e.currentTarget.checked)}
            />
            {t('concerns.web.named_label')}
          </label>
          <p>{t('concerns.web.preview_label', { unit: unit.trim() })}</p>
          <p class="quote" data-testid="burenbericht-preview">
            {burenberichtText(t, {
              category: category || 'other',
              frequency: frequency || undefined,
              senderName: named ? me.value?.displayName : undefined,
            })}
          </p>
        </>
      ) : null}
    </>
  );
}
