import { useEffect, useState } from 'preact/hooks';
import type { ReporterConcern } from '../../../../server/protocol/concerns';
import { burenberichtText } from '../../../../bot/engine/outreach/burenbericht';
import { ApiError, http } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { dateTime } from './format';
import { ConsentReview } from './ConsentReview';
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
        // One way in for "something is wrong": a neighbour (this form) or something broken
        // (the defects form), so a broken lamp does not end up as a concern about a neighbour.
        <section class="report-choice" aria-labelledby="report-choice">
          <p id="report-choice">{t('concerns.web.choose_intro')}</p>
          <button
            type="button"
            class="button primary choice-button"
            aria-describedby="choose-neighbour-hint"
            onClick={() => {
              setWriting(true);
              setSent(false);
            }}
          >
            {t('concerns.web.choose_neighbour')}
          </button>
          <p id="choose-neighbour-hint" class="muted">
            {t('concerns.web.choose_neighbour_hint')}
          </p>
          <a
            class="button choice-button"
            href={`/p/${projectId}/defects/report`}
            aria-describedby="choose-broken-hint"
          >
            {t('concerns.web.choose_broken')}
          </a>
          <p id="choose-broken-hint" class="muted">
            {t('concerns.web.choose_broken_hint')}
          </p>
        </section>
      )}
      <h3>{t('concerns.web.mine_title')}</h3>
      <p>{t('concerns.web.mine_intro')}</p>
      <ErrorText message={error} />
      <ul class="cards" aria-live="polite" aria-label={t('concerns.web.mine_title')}>
        {mine.length === 0 ? <li class="muted">{t('concerns.web.none_yet')}</li> : null}
        {mine.map((c) => (
          <li key={c.id} class="card" data-concern={c.id}>
            <h3 class="card-title">
              {t(`concerns.category.${c.category}`)}{' '}
              <span class={c.status === 'open' ? 'pill' : 'pill closed'}>
                {t(`concerns.status.${c.status}`)}
              </span>
            </h3>
            <p class="muted">{dateTime(c.createdAt)}</p>
            {c.description ? <p class="quote">{c.description}</p> : null}
            <p>
              <strong>{t('concerns.web.step_label')}</strong>{' '}
              <span class="step-name">{t(`concerns.step.${c.step}`)}</span>
              {c.mediationPhase && c.step === 'bemiddeling'
                ? ` (${t(`concerns.phase.${c.mediationPhase}`)})`
                : ''}
            </p>
            {c.handlerName ? (
              <p class="handled">{t('concerns.web.handled_by', { name: c.handlerName })}</p>
            ) : null}
            {c.outcome ? <p>{t(`concerns.outcome.${c.outcome}`)}</p> : null}
            {c.burenbericht?.repliedAt ? (
              <p class="quote">
                {t('concerns.web.neighbour_answered')}{' '}
                {c.burenbericht.replyText ??
                  t(`concerns.bb.reply.${c.burenbericht.replyKind ?? 'sorry'}`)}
              </p>
            ) : null}
            {c.consentRequested ? <ConsentReview concern={c} act={act} /> : null}
            <div class="actions">
              {c.threadChannelId ? (
                <a class="button" href={`/p/${projectId}/${c.threadChannelId}`}>
                  {t('concerns.web.open_thread')}
                </a>
              ) : null}
              {c.myMoves
                .filter((s) => s !== 'burenbericht' || c.unitLabel)
                .map((s) => (
                  <button
                    key={s}
                    type="button"
                    class="button"
                    onClick={() => {
                      // A burenbericht is shown before it is sent (anonymous from the web).
                      if (
                        s === 'burenbericht' &&
                        !window.confirm(
                          t('concerns.bot.preview', {
                            unit: c.unitLabel ?? '',
                            text: burenberichtText(t, {
                              category: c.category,
                              frequency: c.frequency ?? undefined,
                            }),
                          }),
                        )
                      )
                        return;
                      void act(() =>
                        http.post<ReporterConcern>(`/api/concerns/${c.id}/moves`, { to: s }),
                      );
                    }}
                  >
                    {t(`concerns.bot.step.${s as 'zelf'}`)}
                  </button>
                ))}
              {c.status === 'open' ? (
                <button
                  type="button"
                  class="button subtle"
                  onClick={() =>
                    window.confirm(t('concerns.web.withdraw_confirm')) &&
                    act(() =>
                      http.post<ReporterConcern>(`/api/concerns/${c.id}/resolve`, {
                        outcome: 'withdrawn',
                      }),
                    )
                  }
                >
                  {t('concerns.web.withdraw')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
