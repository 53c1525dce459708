import { useMemo, useState } from 'preact/hooks';
import type { ReporterConcern } from '../../../../server/protocol/concerns';
import {
  chosenSteps,
  concernCategories,
  frequencies,
  type ChosenStep,
  type ConcernCategory,
  type Frequency,
} from '../../../../server/protocol/concernTypes';
import {
  detectSensitive,
  isMediationExcluded,
  suggestStep,
  type TalkedAlready,
} from '../../../../server/protocol/ladder';
import { burenberichtText } from '../../../../bot/engine/outreach/burenbericht';
import { ApiError, http } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { me } from '../../state/session';
import { t } from '../../i18n';
import { rememberMine } from './state';

/**
 * The web form for a melding: what happens (behaviour, when, how often, what it does to you),
 * optionally which home, then the step: the lowest that fits is suggested, and "I feel unsafe"
 * goes to a support worker at once. The same rules as Buurtbot (`server/domain/concerns/ladder`).
 */
export function ReportForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [category, setCategory] = useState<ConcernCategory | ''>('');
  const [description, setDescription] = useState('');
  const [when, setWhen] = useState('');
  const [frequency, setFrequency] = useState<Frequency | ''>('');
  const [effect, setEffect] = useState('');
  const [unit, setUnit] = useState('');
  const [talked, setTalked] = useState<TalkedAlready | ''>('');
  const [unsafe, setUnsafe] = useState(false);
  const [chosen, setChosen] = useState<ChosenStep | ''>('');
  const [named, setNamed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});

  const flags = detectSensitive(`${description} ${effect}`);
  const excluded = isMediationExcluded(category || undefined, flags);
  const suggested = useMemo(
    () =>
      suggestStep({
        category: category || undefined,
        flags,
        unsafe,
        hasTarget: unit.trim() !== '',
        talked: talked || undefined,
      }),
    [category, flags.join(), unsafe, unit, talked],
  );
  const steps = chosenSteps.filter(
    (s) => !(s === 'bemiddeling' && excluded) && !(s === 'burenbericht' && unit.trim() === ''),
  );
  const step: ChosenStep = unsafe
    ? 'begeleiding'
    : chosen && steps.includes(chosen)
      ? chosen
      : suggested;

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFields({});
    try {
      const concern = await http.post<ReporterConcern>(`/api/projects/${projectId}/concerns`, {
        clientId,
        category: category || 'other',
        description,
        ...(when.trim() ? { when } : {}),
        ...(frequency ? { frequency } : {}),
        ...(effect.trim() ? { effect } : {}),
        ...(unit.trim() ? { unit: unit.trim() } : {}),
        ...(talked ? { talked } : {}),
        unsafe,
        step,
        named: step === 'burenbericht' && named,
      });
      rememberMine(concern);
      setClientId(crypto.randomUUID());
      onDone();
    } catch (failure) {
      if (failure instanceof ApiError) {
        setError(failure.payload.message);
        setFields(failure.payload.fields ?? {});
      } else setError(t('web.error_generic'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack concern-form" onSubmit={submit} noValidate>
      <p class="muted">{t('concerns.web.form_intro')}</p>
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
              <span class="muted hint-line">{t(`concerns.bot.explain.${s}`)}</span>
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
      <p class="muted">{t('concerns.web.privacy_note')}</p>
      <ErrorText message={error} />
      <button type="submit" class="button primary" disabled={busy}>
        {t('concerns.web.submit')}
      </button>
      <p class="muted">{t('bot.help.danger_note')}</p>
    </form>
  );
}
