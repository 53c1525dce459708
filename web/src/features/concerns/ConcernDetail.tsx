import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { ConcernActions } from './ConcernActions';
import { ConcernAudit } from './ConcernAudit';
import { ConcernFacts } from './ConcernFacts';
import { ConcernNotes } from './ConcernNotes';
import { ResolveForm } from './ResolveForm';
import { useConcernDetail } from './useConcernDetail';

/** One concern for staff: facts, claim, ladder moves, mediation, consent, resolve, notes, audit. */
export function ConcernDetail({
  projectId,
  concernId,
  onBack,
}: {
  projectId: string;
  concernId: string;
  onBack: () => void;
}) {
  const { concern, audit, error, setError, act } = useConcernDetail(concernId);
  if (!concern) return <p>{t('web.loading')}</p>;
  const open = concern.status === 'open';

  return (
    <section class="stack detail" aria-labelledby="detail-title">
      <button type="button" class="button subtle back" onClick={onBack}>
        {t('web.back')}
      </button>
      <h3 id="detail-title">
        {t(`concerns.category.${concern.category}`)} ·{' '}
        <span class="step-name">{t(`concerns.step.${concern.step}`)}</span>{' '}
        <span class={open ? 'pill' : 'pill closed'}>{t(`concerns.status.${concern.status}`)}</span>
      </h3>
      <ConcernFacts concern={concern} />
      <ErrorText message={error} />
      {open ? (
        <ConcernActions concern={concern} act={act} />
      ) : (
        <p>{concern.outcome ? t(`concerns.outcome.${concern.outcome}`) : null}</p>
      )}
      {concern.threadChannelId ? (
        <p>
          <a class="button" href={`/p/${projectId}/${concern.threadChannelId}`}>
            {t('concerns.web.open_thread_staff')}
          </a>
        </p>
      ) : null}
      {open ? <ResolveForm concernId={concernId} act={act} /> : null}
      <ConcernNotes concernId={concernId} onError={setError} />
      <ConcernAudit audit={audit} />
    </section>
  );
}
