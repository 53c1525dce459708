import { useEffect, useState } from 'preact/hooks';
import type { ReporterConcern } from '../../../../server/protocol/concerns';
import { ApiError } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { MyConcernCard } from './MyConcernCard';
import { ReportChoice } from './ReportChoice';
import { ReportForm } from './ReportForm';
import { loadMine, myConcerns, rememberMine } from './state';
import './concerns.css';

/**
 * "Iets melden": the one way in when something is wrong (a neighbour: the concern form here;
 * something broken: the defects form), then the person's own concerns about neighbours, live.
 */
export function MyConcernsPage({ projectId }: { projectId: string }) {
  const [writing, setWriting] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    loadMine(projectId).catch(() => setError(t('web.error_generic')));
  }, [projectId]);

  const mine = Object.values(myConcerns.value)
    .filter((c) => c.projectId === projectId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function act(run: () => Promise<ReporterConcern>) {
    setError(undefined);
    try {
      rememberMine(await run());
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  return (
    <div class="feature-page">
      <h2>{t('concerns.web.report_title')}</h2>
      {sent ? (
        <p class="notice" role="status">
          {t('concerns.web.sent')}
        </p>
      ) : null}
      {writing ? (
        <section aria-labelledby="new-concern">
          <h3 id="new-concern">{t('concerns.web.new_title')}</h3>
          <ReportForm
            projectId={projectId}
            onDone={() => {
              setWriting(false);
              setSent(true);
            }}
          />
        </section>
      ) : (
        <ReportChoice
          projectId={projectId}
          onNeighbour={() => {
            setWriting(true);
            setSent(false);
          }}
        />
      )}
      <h3>{t('concerns.web.mine_title')}</h3>
      <p>{t('concerns.web.mine_intro')}</p>
      <ErrorText message={error} />
      <ul class="cards" aria-live="polite" aria-label={t('concerns.web.mine_title')}>
        {mine.length === 0 ? <li class="muted">{t('concerns.web.none_yet')}</li> : null}
        {mine.map((c) => (
          <MyConcernCard key={c.id} concern={c} projectId={projectId} act={act} />
        ))}
      </ul>
    </div>
  );
}
