import type { StaffAlert } from '../../../../server/protocol/concerns';
import { t } from '../../i18n';
import { age, until } from './format';
import { now } from './state';

/** What staff can do with an alert. */
export type AlertAction = 'claim' | 'acknowledge' | 'resolve';

/** One open alert: priority, kind, from whom, where, who has it (or when it escalates), actions. */
export function AlertCard({
  alert: a,
  onAction,
  onOpen,
}: {
  alert: StaffAlert;
  onAction: (alert: StaffAlert, action: AlertAction) => void;
  onOpen: (concernId: string) => void;
}) {
  return (
    <li class={`card alert ${a.priority}`} data-alert={a.id}>
      <p class="card-title">
        <span class={`pill ${a.priority}`}>{t(`concerns.web.priority.${a.priority}`)}</span>{' '}
        <strong>{t(`concerns.alert_kind.${a.kind}`)}</strong>
        {a.category ? ` · ${t(`concerns.category.${a.category}`)}` : ''}
        <span class="muted"> · {age(a.createdAt, now.value)}</span>
      </p>
      {a.subject ? <p>{t('concerns.web.from', { name: a.subject.name })}</p> : null}
      {a.unitLabel ? <p>{t('concerns.web.unit', { unit: a.unitLabel })}</p> : null}
      {a.summary ? <p class="quote">{a.summary}</p> : null}
      <p class="muted">
        {a.claimedBy
          ? t('concerns.web.claimed_by', { name: a.claimedBy.name })
          : a.escalatedAt
            ? a.escalatedTo
              ? t('concerns.web.escalated_to', { name: a.escalatedTo.name })
              : t('concerns.web.escalated_everyone')
            : a.escalatesAt
              ? t('concerns.web.escalates', { when: until(a.escalatesAt, now.value) })
              : ''}
        {a.assignedTo && !a.claimedBy
          ? ` ${t(`concerns.web.assigned.${a.assignedReason ?? 'on_call'}`, { name: a.assignedTo.name })}`
          : ''}
        {a.repeatCount > 0 ? ` ${t('concerns.web.repeated', { count: a.repeatCount })}` : ''}
      </p>
      <div class="actions">
        {!a.acknowledgedAt ? (
          <button type="button" class="button" onClick={() => onAction(a, 'acknowledge')}>
            {t('concerns.web.acknowledge')}
          </button>
        ) : null}
        {!a.claimedBy ? (
          <button type="button" class="button primary" onClick={() => onAction(a, 'claim')}>
            {t('concerns.web.claim')}
          </button>
        ) : null}
        {a.concernId ? (
          <button type="button" class="button" onClick={() => onOpen(a.concernId!)}>
            {t('concerns.web.open')}
          </button>
        ) : (
          <button type="button" class="button subtle" onClick={() => onAction(a, 'resolve')}>
            {t('concerns.web.resolve_alert')}
          </button>
        )}
      </div>
    </li>
  );
}
