import type { LivingLabNumbers, Suppressed } from '../../../../server/protocol/concerns';
import { ladderSteps } from '../../../../server/protocol/concernTypes';
import { formatMonth } from '../../../../server/protocol/dates';
import { locale, t } from '../../i18n';

type Totals = LivingLabNumbers['total'];

/** A count as shown: under five is hidden. */
const shown = (value: Suppressed) => (value === null ? '<5' : String(value));

/** The period's totals: reported, resolved, median days, share solved without corporation/police. */
export function TotalsList({ total }: { total: Totals }) {
  return (
    <ul class="plain">
      <li>{t('concerns.web.numbers_reported', { n: shown(total.reported) })}</li>
      <li>{t('concerns.web.numbers_resolved', { n: shown(total.resolved) })}</li>
      <li>
        {total.medianDaysToResolution === null
          ? t('concerns.web.numbers_median_few')
          : t('concerns.web.numbers_median', { n: String(total.medianDaysToResolution) })}
      </li>
      <li>
        {total.shareWithoutCorporationOrPolice === null
          ? t('concerns.web.numbers_share_few')
          : t('concerns.web.numbers_share', {
              n: `${Math.round(total.shareWithoutCorporationOrPolice * 100)}%`,
            })}
      </li>
    </ul>
  );
}

/** Resolved concerns per step as a bar chart (SVG, no inline styles: the CSP forbids them). */
export function StepChart({ total }: { total: Totals }) {
  const bars = ladderSteps
    .filter((s) => s !== 'intake')
    .map((step) => ({ step, value: total.resolvedByStep[step] ?? 0 }));
  const max = Math.max(1, ...bars.map((b) => b.value ?? 5));
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby="chart-title"
      viewBox={`0 0 320 ${bars.length * 34}`}
      width="100%"
    >
      <title id="chart-title">{t('concerns.web.chart_title')}</title>
      {bars.map((bar, i) => (
        <g key={bar.step} transform={`translate(0 ${i * 34})`}>
          <text x="0" y="20" class="chart-label">
            {t(`concerns.step.${bar.step}`)}
          </text>
          <rect
            x="130"
            y="6"
            height="20"
            width={bar.value === null ? 6 : Math.round((bar.value / max) * 150)}
            class={bar.value === null ? 'chart-bar hidden' : 'chart-bar'}
          />
          <text
            x={bar.value === null ? 140 : 136 + Math.round((bar.value / max) * 150)}
            y="21"
            class="chart-value"
          >
            {shown(bar.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The numbers per month ("december 2026") in a table (scrolls sideways on a phone). */
export function PeriodTable({ numbers }: { numbers: LivingLabNumbers }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('concerns.web.table_caption')}>
      <table class="numbers">
        <caption>{t('concerns.web.table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('concerns.web.period')}</th>
            <th scope="col">{t('concerns.web.col_reported')}</th>
            <th scope="col">{t('concerns.web.col_resolved')}</th>
            <th scope="col">{t('concerns.web.col_median')}</th>
          </tr>
        </thead>
        <tbody>
          {numbers.periods.map((p) => (
            <tr key={p.period}>
              <th scope="row">{formatMonth(locale.value, p.period)}</th>
              <td>{shown(p.reported)}</td>
              <td>{shown(p.resolved)}</td>
              <td>{p.medianDaysToResolution ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
