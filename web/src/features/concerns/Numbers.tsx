import { useEffect, useState } from 'preact/hooks';
import type { LivingLabNumbers } from '../../../../server/protocol/concerns';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { PeriodTable, StepChart, TotalsList } from './LivingLabFigures';

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
        await api(routes.concerns.stats, {
          params: { projectId },
          query: { from: period.from, to: period.to },
        }),
      );
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  useEffect(() => {
    void load();
  }, [projectId]);

  const total = numbers?.total;

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
          <TotalsList total={total} />
          <StepChart total={total} />
          <PeriodTable numbers={numbers} />
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
