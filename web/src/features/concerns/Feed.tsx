import type { StaffAlert, StaffConcern } from '../../../../server/protocol/concerns';
import { ApiError, http } from '../../api/http';
import { t } from '../../i18n';
import { age, dateTime, until } from './format';
import { now, onCall, rememberAlert, rotaGap, staffAlerts, staffConcerns } from './state';

const priorityRank = { urgent: 0, high: 1, normal: 2 } as const;

/** The live feed: open alerts first (urgent, then oldest), then the open concerns. */
export function Feed({
  projectId,
  onOpen,
  onError,
}: {
  projectId: string;
  onOpen: (concernId: string) => void;
  onError: (message: string) => void;
}) {
  const alerts = Object.values(staffAlerts.value)
    .filter((a) => a.projectId === projectId && a.status !== 'resolved')
    .sort(
      (a, b) =>
        priorityRank[a.priority] - priorityRank[b.priority] ||
        a.createdAt.localeCompare(b.createdAt),
    );
  const concerns = Object.values(staffConcerns.value)
    .filter((c) => c.projectId === projectId && c.status === 'open')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  async function alertAction(alert: StaffAlert, action: 'claim' | 'acknowledge' | 'resolve') {
    try {
      rememberAlert(await http.post<StaffAlert>(`/api/alerts/${alert.id}/${action}`));
    } catch (failure) {
      onError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  return (
    <div class="stack">
      <RotaCoverage />
      <section aria-labelledby="feed-alerts">
        <h3 id="feed-alerts">{t('concerns.web.alerts_title', { count: alerts.length })}</h3>
        <ul class="cards" aria-live="polite">
          {alerts.length === 0 ? <li class="muted">{t('concerns.web.no_alerts')}</li> : null}
          {alerts.map((a) => (
            <li key={a.id} class={`card alert ${a.priority}`} data-alert={a.id}>
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
                {a.repeatCount > 0
                  ? ` ${t('concerns.web.repeated', { count: a.repeatCount })}`
                  : ''}
              </p>
              <div class="actions">
                {!a.acknowledgedAt ? (
                  <button
                    type="button"
                    class="button"
                    onClick={() => alertAction(a, 'acknowledge')}
                  >
                    {t('concerns.web.acknowledge')}
                  </button>
                ) : null}
                {!a.claimedBy ? (
                  <button
                    type="button"
                    class="button primary"
                    onClick={() => alertAction(a, 'claim')}
                  >
                    {t('concerns.web.claim')}
                  </button>
                ) : null}
                {a.concernId ? (
                  <button type="button" class="button" onClick={() => onOpen(a.concernId!)}>
                    {t('concerns.web.open')}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="button subtle"
                    onClick={() => alertAction(a, 'resolve')}
                  >
                    {t('concerns.web.resolve_alert')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="feed-concerns">
        <h3 id="feed-concerns">{t('concerns.web.concerns_title', { count: concerns.length })}</h3>
        <ul class="cards" aria-live="polite">
          {concerns.length === 0 ? <li class="muted">{t('concerns.web.no_concerns')}</li> : null}
          {concerns.map((c: StaffConcern) => (
            <li key={c.id} class="card" data-concern={c.id}>
              <p class="card-title">
                <strong>{t(`concerns.category.${c.category}`)}</strong> ·{' '}
                <span class="step-name">{t(`concerns.step.${c.step}`)}</span>
                <span class="muted"> · {age(c.createdAt, now.value)}</span>
              </p>
              <p>
                {c.reporter
                  ? t('concerns.web.from', { name: c.reporter.name })
                  : t('concerns.web.anonymised')}
                {c.unitLabel ? ` · ${t('concerns.web.unit', { unit: c.unitLabel })}` : ''}
              </p>
              <p class="muted">
                {c.handler
                  ? t('concerns.web.claimed_by', { name: c.handler.name })
                  : t('concerns.web.unclaimed')}
                {c.followupAt
                  ? ` · ${t('concerns.web.followup_at', { when: until(c.followupAt, now.value) })}`
                  : ''}
              </p>
              <button type="button" class="button" onClick={() => onOpen(c.id)}>
                {t('concerns.web.open')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * Who is on call now; when nobody is, a loud warning (help requests and urgent alerts then go to
 * every support worker), and a warning ahead of the next uncovered hours within a day.
 */
function RotaCoverage() {
  const gap = rotaGap.value;
  if (!onCall.value)
    return (
      <p class="rota-uncovered" role="alert" data-rota="uncovered">
        <strong>{t('concerns.web.nobody_on_call')}</strong>{' '}
        {gap?.endsAt ? t('concerns.web.uncovered_until', { time: dateTime(gap.endsAt) }) : ''}{' '}
        {t('concerns.web.uncovered_means')}
      </p>
    );
  return (
    <>
      <p class="muted">{t('concerns.web.on_call_now', { name: onCall.value.name })}</p>
      {gap?.startsAt ? (
        <p class="rota-gap" role="status" data-rota="gap-ahead">
          {gap.endsAt
            ? t('concerns.web.gap_ahead_until', {
                from: dateTime(gap.startsAt),
                until: dateTime(gap.endsAt),
              })
            : t('concerns.web.gap_ahead', { from: dateTime(gap.startsAt) })}
        </p>
      ) : null}
    </>
  );
}
