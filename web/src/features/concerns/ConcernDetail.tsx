import { useEffect, useState } from 'preact/hooks';
import type {
  ConcernAuditEntry,
  ConcernNote,
  StaffConcern,
  StaffConcernDetail,
} from '../../../../server/protocol/concerns';
import {
  concernOutcomes,
  type ConcernOutcome,
  type MediationPhase,
} from '../../../../server/protocol/concernTypes';
import { nextPhase } from '../../../../server/protocol/ladder';
import { ApiError, http } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { dateTime } from './format';
import { notes, rememberConcern, staffConcerns } from './state';

/** One concern for staff: facts, claim, ladder moves, mediation, consent, resolve, notes, audit. */
export function ConcernDetail({
  projectId,
  concernId,
  onBack,
}: {
  projectId: string;
  concernId: string;
  onBack: () => void;
}) {
  const [audit, setAudit] = useState<ConcernAuditEntry[]>([]);
  const [error, setError] = useState<string>();
  const [note, setNote] = useState('');
  const [noteId, setNoteId] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<ConcernOutcome>('solved_support');
  const concern = staffConcerns.value[concernId];

  async function refresh() {
    const detail = await http.get<StaffConcernDetail>(`/api/concerns/${concernId}`);
    rememberConcern(detail.concern);
    notes.value = { ...notes.value, [concernId]: detail.notes };
    setAudit(detail.audit);
  }

  useEffect(() => {
    refresh().catch(() => setError(t('web.error_generic')));
  }, [concernId]);
  // The audit trail follows live changes of the concern.
  useEffect(() => {
    if (concern) void refresh().catch(() => undefined);
  }, [concern?.updatedAt]);

  async function act(run: () => Promise<StaffConcern>) {
    setError(undefined);
    try {
      rememberConcern(await run());
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  async function addNote(event: Event) {
    event.preventDefault();
    if (!note.trim()) return;
    try {
      const stored = await http.post<ConcernNote>(`/api/concerns/${concernId}/notes`, {
        clientId: noteId,
        body: note,
      });
      const list = notes.value[concernId] ?? [];
      if (!list.some((n) => n.id === stored.id))
        notes.value = { ...notes.value, [concernId]: [...list, stored] };
      setNote('');
      setNoteId(crypto.randomUUID());
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  if (!concern) return <p>{t('web.loading')}</p>;
  const open = concern.status === 'open';
  const phase: MediationPhase | undefined =
    concern.step === 'bemiddeling' && concern.mediationPhase
      ? nextPhase(concern.mediationPhase)
      : undefined;

  return (
    <section class="stack detail" aria-labelledby="detail-title">
      <button type="button" class="button subtle back" onClick={onBack}>
        {t('web.back')}
      </button>
      <h3 id="detail-title">
        {t(`concerns.category.${concern.category}`)} ·{' '}
        <span class="step-name">{t(`concerns.step.${concern.step}`)}</span>{' '}
        <span class={open ? 'pill' : 'pill closed'}>{t(`concerns.status.${concern.status}`)}</span>
      </h3>
      <dl class="facts">
        <dt>{t('concerns.web.reporter')}</dt>
        <dd>
          {concern.reporter
            ? `${concern.reporter.name} (${t(`web.role.${concern.reporter.role}`)})`
            : t('concerns.web.anonymised')}
          {concern.named ? ` · ${t('concerns.web.named_yes')}` : ''}
        </dd>
        <dt>{t('concerns.web.what_label')}</dt>
        <dd class="quote">{concern.description ?? '—'}</dd>
        <dt>{t('concerns.web.when_label')}</dt>
        <dd>
          {[
            concern.whenText,
            concern.frequency ? t(`concerns.frequency.${concern.frequency}`) : null,
          ]
            .filter(Boolean)
            .join(' · ') || '—'}
        </dd>
        <dt>{t('concerns.web.effect_label')}</dt>
        <dd>
          {concern.effect ?? '—'}
          {concern.unsafe ? ` · ${t('concerns.web.feels_unsafe')}` : ''}
        </dd>
        <dt>{t('concerns.web.about')}</dt>
        <dd>
          {concern.unitLabel ? t('concerns.web.unit', { unit: concern.unitLabel }) : '—'}
          {concern.targetUser ? ` · ${concern.targetUser.name}` : ''}
        </dd>
        {concern.flags.length > 0 ? (
          <>
            <dt>{t('concerns.web.flags')}</dt>
            <dd>{concern.flags.map((f) => t(`concerns.web.flag.${f}`)).join(', ')}</dd>
          </>
        ) : null}
        <dt>{t('concerns.web.handler')}</dt>
        <dd>{concern.handler?.name ?? t('concerns.web.unclaimed')}</dd>
        {concern.burenbericht ? (
          <>
            <dt>{t('concerns.step.burenbericht')}</dt>
            <dd>
              {dateTime(concern.burenbericht.sentAt)} ·{' '}
              {concern.burenbericht.repliedAt
                ? (concern.burenbericht.replyText ??
                  t(`concerns.bb.reply.${concern.burenbericht.replyKind ?? 'sorry'}`))
                : t('concerns.web.no_answer_yet')}
            </dd>
          </>
        ) : null}
        {concern.corporationCase ? (
          <>
            <dt>{t('concerns.step.corporatie')}</dt>
            <dd>{t(`concerns.corp_status.${concern.corporationCase.status}`)}</dd>
          </>
        ) : null}
      </dl>
      <ErrorText message={error} />
      {open ? (
        <div class="actions" role="group" aria-label={t('concerns.web.actions')}>
          {!concern.handler ? (
            <button
              type="button"
              class="button primary"
              onClick={() => act(() => http.post(`/api/concerns/${concernId}/claim`))}
            >
              {t('concerns.web.claim')}
            </button>
          ) : null}
          {concern.staffMoves
            .filter((s) => s !== 'corporatie' || concern.consent.at)
            .map((s) => (
              <button
                key={s}
                type="button"
                class="button"
                onClick={() => act(() => http.post(`/api/concerns/${concernId}/moves`, { to: s }))}
              >
                {t('concerns.web.move_to', { step: t(`concerns.step.${s}`) })}
              </button>
            ))}
          {concern.staffMoves.includes('corporatie') && !concern.consent.at ? (
            <button
              type="button"
              class="button"
              disabled={concern.consent.requestedAt !== null}
              onClick={() => act(() => http.post(`/api/concerns/${concernId}/consent-request`))}
            >
              {concern.consent.requestedAt
                ? t('concerns.web.consent_asked')
                : t('concerns.web.ask_consent')}
            </button>
          ) : null}
          {phase ? (
            <button
              type="button"
              class="button"
              onClick={() =>
                act(() => http.post(`/api/concerns/${concernId}/mediation`, { phase }))
              }
            >
              {t('concerns.web.next_phase', { phase: t(`concerns.phase.${phase}`) })}
            </button>
          ) : null}
        </div>
      ) : (
        <p>{concern.outcome ? t(`concerns.outcome.${concern.outcome}`) : null}</p>
      )}
      {concern.threadChannelId ? (
        <p>
          <a class="button" href={`/p/${projectId}/${concern.threadChannelId}`}>
            {t('concerns.web.open_thread_staff')}
          </a>
        </p>
      ) : null}
      {open ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => http.post(`/api/concerns/${concernId}/resolve`, { outcome }));
          }}
        >
          <label for="resolve-outcome">{t('concerns.web.outcome_label')}</label>
          <select
            id="resolve-outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value as ConcernOutcome)}
          >
            {concernOutcomes.map((o) => (
              <option key={o} value={o}>
                {t(`concerns.outcome.${o}`)}
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            {t('concerns.web.resolve')}
          </button>
        </form>
      ) : null}
      <section aria-labelledby="notes-title">
        <h4 id="notes-title">{t('concerns.web.notes_title')}</h4>
        <ul class="plain">
          {(notes.value[concernId] ?? []).map((n) => (
            <li key={n.id}>
              <span class="muted">
                {n.author?.name ?? '—'} · {dateTime(n.createdAt)}:
              </span>{' '}
              {n.body}
            </li>
          ))}
        </ul>
        <form class="inline-form" onSubmit={addNote}>
          <label for="note-body">{t('concerns.web.note_label')}</label>
          <textarea
            id="note-body"
            rows={2}
            maxLength={4000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('concerns.web.add_note')}
          </button>
        </form>
      </section>
      <section aria-labelledby="audit-title">
        <h4 id="audit-title">{t('concerns.web.audit_title')}</h4>
        <ol class="plain audit">
          {audit.map((a) => (
            <li key={a.id}>
              <span class="muted">{dateTime(a.createdAt)}</span> ·{' '}
              {t(`concerns.web.actor.${a.actorKind}`)}
              {a.actorName ? ` (${a.actorName})` : ''}: {auditText(a)}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

function auditText(entry: ConcernAuditEntry): string {
  if (entry.type === 'moved' && entry.toStep)
    return t('concerns.web.audit.moved', {
      from: entry.fromStep ? t(`concerns.step.${entry.fromStep}`) : '—',
      to: t(`concerns.step.${entry.toStep}`),
    });
  const key = auditKeys[entry.type];
  return key ? t(key) : entry.type;
}

const auditKeys: Record<string, Parameters<typeof t>[0]> = {
  reported: 'concerns.web.audit.reported',
  claimed: 'concerns.web.audit.claimed',
  note_added: 'concerns.web.audit.note_added',
  burenbericht_sent: 'concerns.web.audit.burenbericht_sent',
  neighbour_replied: 'concerns.web.audit.neighbour_replied',
  followup_asked: 'concerns.web.audit.followup_asked',
  followup_answered: 'concerns.web.audit.followup_answered',
  consent_requested: 'concerns.web.audit.consent_requested',
  consent_given: 'concerns.web.audit.consent_given',
  consent_refused: 'concerns.web.audit.consent_refused',
  forwarded: 'concerns.web.audit.forwarded',
  corporation_status: 'concerns.web.audit.corporation_status',
  mediation_phase: 'concerns.web.audit.mediation_phase',
  mediation_answer: 'concerns.web.audit.mediation_answer',
  resolved: 'concerns.web.audit.resolved',
  aftercare_asked: 'concerns.web.audit.aftercare_asked',
  aftercare_answered: 'concerns.web.audit.aftercare_answered',
  alert_escalated: 'concerns.web.audit.alert_escalated',
  target_set: 'concerns.web.audit.target_set',
  anonymised: 'concerns.web.audit.anonymised',
};
