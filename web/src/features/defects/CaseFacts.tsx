import type { DefectView } from '../../../../server/protocol/defects';
import { t } from '../../i18n';
import { dateLabel, dateTimeLabel, placeLabel, reportersLabel } from './labels';

/** The facts of a case: status (and urgency), place, since when, reported, plans and reasons. */
export function CaseFacts({ view }: { view: DefectView }) {
  return (
    <dl class="case-facts">
      <dt>{t('defects.web.case_status')}</dt>
      <dd>
        <span class={`status status-${view.status}`}>{t(`defects.status.${view.status}`)}</span>
        {view.urgency === 'urgent' ? (
          <span class="status status-urgent">
            {t('defects.web.urgent_badge')}
            {view.urgentKind ? `: ${t(`defects.urgent_kind.${view.urgentKind}`)}` : ''}
          </span>
        ) : null}
      </dd>
      <dt>{t('defects.web.case_place')}</dt>
      <dd>{placeLabel(view.place)}</dd>
      <dt>{t('defects.web.case_since')}</dt>
      <dd>{t(`defects.since.${view.since}`)}</dd>
      <dt>{t('defects.web.case_reported')}</dt>
      <dd>
        {dateTimeLabel(view.createdAt)} · {reportersLabel(view)}
      </dd>
      {view.plannedFor ? (
        <>
          <dt>{t('defects.web.planned_label')}</dt>
          <dd>{dateLabel(view.plannedFor)}</dd>
        </>
      ) : null}
      {view.statusNote ? (
        <>
          <dt>{t('defects.export.status_note')}</dt>
          <dd>{view.statusNote}</dd>
        </>
      ) : null}
      {view.rejectReason ? (
        <>
          <dt>{t('defects.web.reason_label')}</dt>
          <dd>{view.rejectReason}</dd>
        </>
      ) : null}
      {view.reporters ? (
        <>
          <dt>{t('defects.web.reporters')}</dt>
          <dd>{view.reporters.map((r) => r.name).join(', ')}</dd>
        </>
      ) : null}
    </dl>
  );
}
