import type { ReporterConcern } from '../../../../server/protocol/concerns';
import { burenberichtText } from '../../../../server/protocol/burenbericht';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { dateTime } from './format';
import { ConsentReview } from './ConsentReview';

/** One of the person's own concerns: what, when, the step, who handles it, answers, consent. */
export function MyConcernCard({
  concern: c,
  projectId,
  act,
}: {
  concern: ReporterConcern;
  projectId: string;
  act: (run: () => Promise<ReporterConcern>) => Promise<void>;
}) {
  return (
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
      <MyConcernActions concern={c} projectId={projectId} act={act} />
    </li>
  );
}

/** What the reporter can do: open the thread, take a next step (burenbericht shown first), withdraw. */
function MyConcernActions({
  concern: c,
  projectId,
  act,
}: {
  concern: ReporterConcern;
  projectId: string;
  act: (run: () => Promise<ReporterConcern>) => Promise<void>;
}) {
  return (
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
              // The reporter gets the reporter's view back (staff who reported get theirs).
              void act(
                () =>
                  api(routes.concerns.move, {
                    params: { concernId: c.id },
                    body: { to: s },
                  }) as Promise<ReporterConcern>,
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
            act(
              () =>
                api(routes.concerns.resolve, {
                  params: { concernId: c.id },
                  body: { outcome: 'withdrawn' },
                }) as Promise<ReporterConcern>,
            )
          }
        >
          {t('concerns.web.withdraw')}
        </button>
      ) : null}
    </div>
  );
}
