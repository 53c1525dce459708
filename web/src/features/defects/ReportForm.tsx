import { useEffect, useRef, useState } from 'preact/hooks';
import {
  PHOTO_MAX_BYTES,
  type DefectSince,
  type SimilarDefect,
  type Space,
  type UrgentAdvice,
} from '../../../../server/protocol/defects';
import { ApiError } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { defectsApi } from './api';
import { reportersLabel } from './labels';
import { remember } from './state';
import { UrgentAdviceBox } from './UrgentAdviceBox';

const sinces: DefectSince[] = ['today', 'days', 'weeks', 'unknown'];

interface Sent {
  ref: string;
  id: string;
  advice: UrgentAdvice | null;
  photoProblem?: string;
}

/**
 * Report something broken: where, what, since when, urgency, an optional photo. While the
 * person types, open cases in the same place that look alike are shown with "Me too", so one
 * problem stays one case. Choosing "urgent" shows the repair line from the buurtkaart at once.
 */
export function ReportForm({ projectId }: { projectId: string }) {
  const [spaces, setSpaces] = useState<Space[]>([]);
  const [ownUnit, setOwnUnit] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [what, setWhat] = useState('');
  const [since, setSince] = useState<DefectSince>('unknown');
  const [urgent, setUrgent] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [similar, setSimilar] = useState<SimilarDefect[]>([]);
  const [repairs, setRepairs] = useState<UrgentAdvice['repairs'] | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<Sent>();
  const [meToo, setMeToo] = useState<string>();
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const sentRef = useRef<HTMLDivElement>(null);

  // The thank-you (and any urgent advice) is at the top: bring it into view and focus.
  useEffect(() => {
    if (!sent) return;
    sentRef.current?.scrollIntoView({ block: 'start' });
    sentRef.current?.focus();
  }, [sent]);

  useEffect(() => {
    void defectsApi.places(projectId).then((r) => {
      setSpaces(r.spaces.filter((s) => !s.archived));
      setOwnUnit(r.ownUnit);
    });
  }, [projectId]);

  // Look-alike open cases in the chosen place, a moment after typing stops.
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

  useEffect(() => {
    if (!urgent || repairs) return;
    void defectsApi.repairContacts(projectId).then((r) => setRepairs(r.repairs));
  }, [urgent, projectId]);

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

  function pickFile(event: Event) {
    const chosen = (event.currentTarget as HTMLInputElement).files?.[0] ?? null;
    setFields((f) => ({ ...f, photo: '' }));
    if (chosen && chosen.size > PHOTO_MAX_BYTES) {
      setFields((f) => ({ ...f, photo: t('defects.error.photo_too_big') }));
      setFile(null);
      return;
    }
    setFile(chosen);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    setFields({});
    setSending(true);
    try {
      const { defect, advice } = await defectsApi.report(projectId, {
        clientId,
        place: place === 'own' ? { kind: 'unit' } : { kind: 'space', spaceId: place },
        what,
        since,
        urgency: urgent ? 'urgent' : 'normal',
      });
      remember(defect);
      const done: Sent = { ref: defect.ref, id: defect.id, advice };
      if (file) {
        try {
          remember((await defectsApi.uploadPhoto(defect.id, file)).defect);
        } catch (e) {
          done.photoProblem =
            e instanceof ApiError ? (e.payload.fields?.photo ?? e.message) : String(e);
        }
      }
      setSent(done);
      setWhat('');
      setFile(null);
      setSimilar([]);
      setUrgent(false);
      setClientId(crypto.randomUUID());
    } catch (e) {
      if (e instanceof ApiError) {
        setError(e.message);
        setFields(e.payload.fields ?? {});
      } else setError(String(e));
    } finally {
      setSending(false);
    }
  }

  const open = similar.filter((s) => s.status !== 'solved' && s.status !== 'rejected');
  return (
    <section class="defects-section" aria-labelledby="report-title">
      <h2 id="report-title">{t('defects.web.report_title')}</h2>
      <p class="muted">{t('defects.web.intro')}</p>
      {sent ? (
        <div class="notice" role="status" tabIndex={-1} ref={sentRef}>
          <p>{t('defects.web.created', { ref: sent.ref })}</p>
          {sent.photoProblem ? (
            <p class="error">{t('defects.web.photo_failed', { reason: sent.photoProblem })}</p>
          ) : null}
          <p>
            <a href={`/p/${projectId}/defects/case/${sent.id}`}>
              {t('defects.web.open_case', { ref: sent.ref })}
            </a>
          </p>
        </div>
      ) : null}
      {sent?.advice ? (
        <UrgentAdviceBox repairs={sent.advice.repairs} gas={sent.advice.call112} />
      ) : null}
      <form class="stack defect-form" onSubmit={submit} noValidate>
        <label for="defect-place">{t('defects.web.place_label')}</label>
        <select
          id="defect-place"
          required
          value={place}
          aria-invalid={fields['place.spaceId'] ? true : undefined}
          onChange={(e) => setPlace((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('defects.web.place_choose')}</option>
          {spaces.map((s) => (
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
          value={what}
          onInput={(e) => setWhat((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <ErrorText message={fields.what} />

        <div aria-live="polite">
          {open.length > 0 ? (
            <section class="similar" aria-labelledby="similar-title">
              <h3 id="similar-title">{t('defects.web.similar_title')}</h3>
              <p>{t('defects.web.similar_intro')}</p>
              <ul class="case-list">
                {open.map((s) => (
                  <li key={s.id} class="case-card">
                    <p class="case-what">
                      <strong>{s.ref}</strong> {s.what}
                    </p>
                    <p class="muted">
                      {s.placeName} · {reportersLabel(s)}
                    </p>
                    {s.mine ? (
                      <p class="mine">{t('defects.web.mine_first')}</p>
                    ) : (
                      <button type="button" class="button" onClick={() => void sayMeToo(s)}>
                        {t('defects.web.metoo_label', { ref: s.ref })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              {meToo ? (
                <p class="notice" role="status">
                  {t('defects.web.metoo_done', { ref: meToo })}
                </p>
              ) : null}
            </section>
          ) : null}
        </div>

        <fieldset>
          <legend>{t('defects.web.since_label')}</legend>
          {sinces.map((value) => (
            <label key={value} class="choice-row">
              <input
                type="radio"
                name="since"
                value={value}
                checked={since === value}
                onChange={() => setSince(value)}
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
            <input
              type="radio"
              name="urgency"
              checked={!urgent}
              onChange={() => setUrgent(false)}
            />
            {t('defects.web.urgent_no')}
          </label>
        </fieldset>
        {urgent && repairs ? <UrgentAdviceBox repairs={repairs} gas={false} /> : null}

        <label for="defect-photo">{t('defects.web.photo_label')}</label>
        <p id="defect-photo-hint" class="hint">
          {t('defects.web.photo_hint')}
        </p>
        <input
          key={clientId}
          id="defect-photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby="defect-photo-hint"
          onChange={pickFile}
        />
        <ErrorText message={fields.photo} />

        <ErrorText message={error} />
        <button type="submit" class="button primary" disabled={sending}>
          {sending ? t('defects.web.sending') : t('defects.web.submit')}
        </button>
      </form>
    </section>
  );
}
