import { useEffect, useState } from 'preact/hooks';
import type { ParticipationRow } from '../../../../server/protocol/routes/activities';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { errorText } from './errors';
import { monthText } from './words';

const shown = (n: number | '<5') => (n === '<5' ? t('activities.web.numbers_few') : String(n));

/**
 * Participation this year, per month (coordinators and staff): aggregates only, small counts
 * as "minder dan 5", months as people write them ("december 2026"); the CSV for the Living Lab
 * keeps the machine form (2026-12).
 */
export function ParticipationPanel({ projectId }: { projectId: string }) {
  const today = new Date().toISOString().slice(0, 10);
  const from = `${today.slice(0, 4)}-01-01`;
  const query = `projectId=${projectId}&from=${from}&to=${today}`;
  const [rows, setRows] = useState<ParticipationRow[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    api(routes.activities.participation, { query: { projectId, from, to: today } }).then(
      (r) => setRows(r.rows),
      (failure) => setError(errorText(failure)),
    );
  }, [query]);

  const months = rows?.slice(0, -1) ?? [];
  const total = rows?.at(-1);
  return (
    <section class="panel" aria-labelledby="numbers-title">
      <h2 id="numbers-title">{t('activities.web.numbers_title')}</h2>
      <p class="muted">{t('activities.web.numbers_intro')}</p>
      {rows && months.length === 0 ? <p>{t('activities.web.numbers_none')}</p> : null}
      {months.length > 0 && total ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="numbers-title">
          <table class="numbers">
            <thead>
              <tr>
                <th scope="col">{t('activities.web.numbers_month')}</th>
                <th scope="col">{t('activities.web.numbers_held')}</th>
                <th scope="col">{t('activities.web.numbers_people')}</th>
                <th scope="col">{t('activities.web.numbers_outside')}</th>
                <th scope="col">{t('activities.web.numbers_guests')}</th>
              </tr>
            </thead>
            <tbody>
              {[...months, total].map((row, i) => (
                <tr key={row.period}>
                  <th scope="row">
                    {i === months.length
                      ? t('activities.web.numbers_total')
                      : monthText(row.period)}
                  </th>
                  <td>{shown(row.activitiesHeld)}</td>
                  <td>{shown(row.uniqueParticipants)}</td>
                  <td>{shown(row.outsideNeighbours)}</td>
                  <td>{shown(row.guests)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        <a class="button subtle" href={`/api/activities/participation?${query}&format=csv`}>
          {t('activities.web.participation_csv')}
        </a>
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
