import type { DefectView } from '../../../../server/protocol/defects';
import { t } from '../../i18n';
import { dateLabel, dateTimeLabel } from './labels';

/** What happened to the case, oldest first: status, by whom, note and planned date. */
export function CaseHistory({ view }: { view: DefectView }) {
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{t('defects.web.history')}</h3>
      <ol class="history">
        {view.history.map((h, i) => (
          <li key={i}>
            <span class="muted">{dateTimeLabel(h.at)}</span> {t(`defects.status.${h.status}`)}
            {h.byRole ? ` (${t(`web.role.${h.byRole}`)}${h.byName ? `, ${h.byName}` : ''})` : ''}
            {h.note ? `: ${h.note}` : ''}
            {h.plannedFor
              ? ` · ${t('defects.web.planned', { date: dateLabel(h.plannedFor) })}`
              : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
