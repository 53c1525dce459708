import { useEffect, useState } from 'preact/hooks';
import type { LivingLabNumbers, Suppressed } from '../../../../server/protocol/concerns';
import { ladderSteps } from '../../../../server/protocol/concernTypes';
import { ApiError, http } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The default period: the last six whole months and this one. */
function defaultPeriod(): { from: string; to: string } {
  const today = new Date();
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 6, 1));
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  return { from: isoDay(from), to: isoDay(to) };
}

const shown = (value: Suppressed) => (value === null ? '<5' : String(value));

/**
 * Living Lab numbers: resolved concerns per step, median days to resolution, the share solved
 * without the corporation or the police; counts under five are hidden. A simple bar chart (SVG,
 * no inline styles: the CSP forbids them) and the CSV download.
 */
export function Numbers({ projectId }: { projectId: string }) {
  const [period, setPeriod] = useState(defaultPeriod);
  const [numbers, setNumbers] = useState<LivingLabNumbers>();
  const [error, setError] = useState<string>();

  async function load() {
    setError(undefined);
    try {
      setNumbers(
        await http.get<LivingLabNumbers>(
          `/api/projects/${projectId}/concerns/stats?from=${period.from}&to=${period.to}`,
        ),
      );
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  useEffect(() => {
    void load();
  }, [projectId]);

  const total = numbers?.total;
  const bars = ladderSteps
    .filter((s) => s !== 'intake')
    .map((step) => ({ step, value: total?.resolvedByStep[step] ?? 0 }));
  const max = Math.max(1, ...bars.map((b) => b.value ?? 5));

  return (
    <section class="stack" aria-labelledby="numbers-title">
      <h3 id="numbers-title">{t('concerns.web.numbers_title')}</h3>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <label for="numbers-from">{t('concerns.web.numbers_from')}</label>
        <input
          id="numbers-from"
          type="date"
          value={period.from}
          onInput={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
        />
        <label for="numbers-to">{t('concerns.web.numbers_to')}</label>
        <input
          id="numbers-to"
          type="date"
          value={period.to}
          onInput={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
        />
        <button type="submit" class="button">
          {t('concerns.web.numbers_show')}
        </button>
      </form>
      <ErrorText message={error} />
      {total ? (
        <>
          <p>{t('concerns.web.numbers_small_hidden')}</p>
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
          <div
            class="table-wrap"
            tabIndex={0}
            role="region"
            aria-label={t('concerns.web.table_caption')}
          >
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
                    <th scope="row">{p.period}</th>
                    <td>{shown(p.reported)}</td>
                    <td>{shown(p.resolved)}</td>
                    <td>{p.medianDaysToResolution ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <a
            class="button"
            href={`/api/projects/${projectId}/concerns/stats.csv?from=${period.from}&to=${period.to}`}
            download
          >
            {t('concerns.web.download_csv')}
          </a>
        </>
      ) : null}
    </section>
  );
}
