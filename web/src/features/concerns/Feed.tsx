import type { StaffAlert, StaffConcern } from '../../../../server/protocol/concerns';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { AlertCard, type AlertAction } from './AlertCard';
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

  async function alertAction(alert: StaffAlert, action: AlertAction) {
    try {
      rememberAlert(await api(routes.concerns.alert, { params: { alertId: alert.id, action } }));
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
            <AlertCard
              key={a.id}
              alert={a}
              onAction={(alert, action) => void alertAction(alert, action)}
              onOpen={onOpen}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="feed-concerns">
        <h3 id="feed-concerns">{t('concerns.web.concerns_title', { count: concerns.length })}</h3>
        <ul class="cards" aria-live="polite">
          {concerns.length === 0 ? <li class="muted">{t('concerns.web.no_concerns')}</li> : null}
          {concerns.map((c: StaffConcern) => (
            <OpenConcernCard key={c.id} concern={c} onOpen={onOpen} />
          ))}
        </ul>
      </section>
    </div>
  );
}

/** One open concern in the feed: category, step, age, from whom, who has it, next follow-up. */
function OpenConcernCard({
  concern: c,
  onOpen,
}: {
  concern: StaffConcern;
  onOpen: (concernId: string) => void;
}) {
  return (
    <li class="card" data-concern={c.id}>
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
