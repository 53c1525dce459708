import type { ConcernAuditEntry } from '../../../../server/protocol/concerns';
import { t } from '../../i18n';
import { dateTime } from './format';

/** The audit trail of a concern: when, who (kind and name) and what happened. */
export function ConcernAudit({ audit }: { audit: ConcernAuditEntry[] }) {
  return (
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
