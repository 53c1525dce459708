import { useMemo, useState } from 'preact/hooks';
import {
  chosenSteps,
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
import { api, refusalOf } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { rememberMine } from './state';

/** What the person filled in on the melding form so far, with a setter for each. */
function useConcernDraft() {
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
  return {
    category,
    setCategory,
    description,
    setDescription,
    when,
    setWhen,
    frequency,
    setFrequency,
    effect,
    setEffect,
    unit,
    setUnit,
    talked,
    setTalked,
    unsafe,
    setUnsafe,
    chosen,
    setChosen,
    named,
    setNamed,
  };
}

type ConcernDraft = ReturnType<typeof useConcernDraft>;

/**
 * The steps that fit (no mediation where it is excluded, no burenbericht without a home), the
 * lowest one suggested by the ladder's rules, and the step that counts: "unsafe" goes to a
 * support worker, otherwise the person's choice if it still fits, else the suggestion.
 */
function useStepChoice(draft: ConcernDraft) {
  const { category, description, effect, unsafe, unit, talked, chosen } = draft;
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
  return { suggested, steps, step };
}

/** The melding form's state: the draft, the step choice, and the submit (one client id each). */
export function useConcernReport(projectId: string, onDone: () => void) {
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const draft = useConcernDraft();
  const { suggested, steps, step } = useStepChoice(draft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFields({});
    const { category, description, when, frequency, effect, unit, talked, unsafe, named } = draft;
    try {
      const concern = await api(routes.concerns.report, {
        params: { projectId },
        body: {
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
        },
      });
      rememberMine(concern);
      setClientId(crypto.randomUUID());
      onDone();
    } catch (failure) {
      const refusal = refusalOf(failure);
      setError(refusal.message);
      setFields(refusal.fields);
    } finally {
      setBusy(false);
    }
  }

  return { draft, suggested, steps, step, busy, error, fields, submit };
}

/** The melding form's state and submit, as the form's parts receive them. */
export type ConcernReport = ReturnType<typeof useConcernReport>;
