import { useEffect, useState } from 'preact/hooks';
import {
  type DefectSince,
  type SimilarDefect,
  type Space,
  type UrgentAdvice,
} from '../../../../server/protocol/defects';
import { ApiError, refusalOf } from '../../api/http';
import { t } from '../../i18n';
import { defectsApi } from './api';
import { fitPhoto } from './fitPhoto';
import { remember } from './state';

/** What the report form shows once a report is in: its reference, link and any advice. */
export interface SentReport {
  ref: string;
  id: string;
  advice: UrgentAdvice | null;
  photoProblem?: string;
}

/** What the person filled in, as the report form holds it ('own' is their own home). */
interface ReportInput {
  clientId: string;
  place: string;
  what: string;
  since: DefectSince;
  urgent: boolean;
}

/** The places one can report about: the project's open spaces and the person's own home. */
function useReportPlaces(projectId: string) {
  const [spaces, setSpaces] = useState<Space[]>([]);
  const [ownUnit, setOwnUnit] = useState<string | null>(null);
  useEffect(() => {
    void defectsApi.places(projectId).then((r) => {
      setSpaces(r.spaces.filter((s) => !s.archived));
      setOwnUnit(r.ownUnit);
    });
  }, [projectId]);
  return { spaces, ownUnit };
}

/** Look-alike open cases in the chosen place, a moment after typing stops, and "me too". */
function useLookAlikes(
  projectId: string,
  place: string,
  what: string,
  setError: (message: string | undefined) => void,
) {
  const [similar, setSimilar] = useState<SimilarDefect[]>([]);
  const [meToo, setMeToo] = useState<string>();
  useEffect(() => {
    if (!place || what.trim().length < 3) {
      setSimilar([]);
      return;
    }
    const timer = window.setTimeout(() => {
      const query = place === 'own' ? { what } : { what, spaceId: place };
      void defectsApi
        .similar(projectId, query)
        .then((r) => setSimilar(r.similar))
        .catch(() => setSimilar([]));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [projectId, place, what]);

  async function sayMeToo(item: SimilarDefect) {
    setError(undefined);
    try {
      const { defect } = await defectsApi.meToo(item.id);
      remember(defect);
      setMeToo(item.ref);
      setSimilar((list) =>
        list.map((s) =>
          s.id === item.id ? { ...s, mine: true, reporterCount: defect.reporterCount } : s,
        ),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  return { similar, clearSimilar: () => setSimilar([]), meToo, sayMeToo };
}

/** The repair line from the buurtkaart, fetched once the person says it is urgent. */
function useUrgentRepairs(projectId: string, urgent: boolean) {
  const [repairs, setRepairs] = useState<UrgentAdvice['repairs'] | null>(null);
  useEffect(() => {
    if (!urgent || repairs) return;
    void defectsApi.repairContacts(projectId).then((r) => setRepairs(r.repairs));
  }, [urgent, projectId]);
  return repairs;
}

/** Sends the report, then the photo; a refused photo is told, the report still stands. */
async function sendReport(
  projectId: string,
  input: ReportInput,
  file: File | null,
): Promise<SentReport> {
  const { clientId, place, what, since, urgent } = input;
  const { defect, advice } = await defectsApi.report(projectId, {
    clientId,
    place: place === 'own' ? { kind: 'unit' } : { kind: 'space', spaceId: place },
    what,
    since,
    urgency: urgent ? 'urgent' : 'normal',
  });
  remember(defect);
  const done: SentReport = { ref: defect.ref, id: defect.id, advice };
  if (file) {
    try {
      remember((await defectsApi.uploadPhoto(defect.id, file)).defect);
    } catch (e) {
      done.photoProblem =
        e instanceof ApiError ? (e.payload.fields?.photo ?? e.message) : String(e);
    }
  }
  return done;
}

type SetFields = (change: (fields: Record<string, string>) => Record<string, string>) => void;

/**
 * The chosen photo, made smaller in the browser when it is larger than the server takes. Sending
 * waits while that happens (`preparing`), so a report never leaves without its photo.
 */
function usePhoto(setFields: SetFields) {
  const [file, setFile] = useState<File | null>(null);
  const [preparing, setPreparing] = useState(false);
  async function pickFile(event: Event) {
    const chosen = (event.currentTarget as HTMLInputElement).files?.[0] ?? null;
    setFields((f) => ({ ...f, photo: '' }));
    setPreparing(true);
    const fitted = chosen ? await fitPhoto(chosen).catch(() => null) : null;
    setPreparing(false);
    if (chosen && !fitted)
      setFields((f) => ({ ...f, photo: t('defects.error.photo_cannot_shrink') }));
    setFile(fitted);
  }
  return { file, setFile, preparing, pickFile };
}

/** The report form's state: the fields, look-alikes with "me too", the photo and the submit. */
export function useDefectReport(projectId: string) {
  const { spaces, ownUnit } = useReportPlaces(projectId);
  const [place, setPlace] = useState('');
  const [what, setWhat] = useState('');
  const [since, setSince] = useState<DefectSince>('unknown');
  const [urgent, setUrgent] = useState(false);
  const [error, setError] = useState<string>();
  const { similar, clearSimilar, meToo, sayMeToo } = useLookAlikes(
    projectId,
    place,
    what,
    setError,
  );
  const repairs = useUrgentRepairs(projectId, urgent);
  const [sending, setSending] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { file, setFile, preparing, pickFile } = usePhoto(setFields);
  const [sent, setSent] = useState<SentReport>();
  const [clientId, setClientId] = useState(() => crypto.randomUUID());

  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    setFields({});
    setSending(true);
    try {
      setSent(await sendReport(projectId, { clientId, place, what, since, urgent }, file));
      setWhat('');
      setFile(null);
      clearSimilar();
      setUrgent(false);
      setClientId(crypto.randomUUID());
    } catch (e) {
      const refusal = refusalOf(e);
      setError(refusal.message);
      setFields(refusal.fields);
    } finally {
      setSending(false);
    }
  }

  return {
    spaces,
    ownUnit,
    place,
    setPlace,
    what,
    setWhat,
    since,
    setSince,
    urgent,
    setUrgent,
    similar,
    repairs,
    sending,
    preparing,
    error,
    fields,
    sent,
    meToo,
    clientId,
    sayMeToo,
    pickFile,
    submit,
  };
}

/** The report form's state and actions, as the form's parts receive them. */
export type DefectReport = ReturnType<typeof useDefectReport>;
