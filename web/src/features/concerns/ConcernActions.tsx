import type { StaffConcern } from '../../../../server/protocol/concerns';
import type { MediationPhase } from '../../../../server/protocol/concernTypes';
import { nextPhase } from '../../../../server/protocol/ladder';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';

/** An open concern's moves: claim, the ladder steps staff may take, ask consent, next phase. */
export function ConcernActions({
  concern,
  act,
}: {
  concern: StaffConcern;
  act: (run: () => Promise<StaffConcern>) => Promise<void>;
}) {
  const concernId = concern.id;
  const phase: MediationPhase | undefined =
    concern.step === 'bemiddeling' && concern.mediationPhase
      ? nextPhase(concern.mediationPhase)
      : undefined;
  return (
    <div class="actions" role="group" aria-label={t('concerns.web.actions')}>
      {!concern.handler ? (
        <button
          type="button"
          class="button primary"
          onClick={() => act(() => api(routes.concerns.claim, { params: { concernId } }))}
        >
          {t('concerns.web.claim')}
        </button>
      ) : null}
      {concern.staffMoves
        .filter((s) => s !== 'corporatie' || concern.consent.at)
        .map((s) => (
          <button
            key={s}
            type="button"
            class="button"
            onClick={() =>
              // Staff get the staff view back (the server answers by who asks).
              act(
                () =>
                  api(routes.concerns.move, {
                    params: { concernId },
                    body: { to: s },
                  }) as Promise<StaffConcern>,
              )
            }
          >
            {t('concerns.web.move_to', { step: t(`concerns.step.${s}`) })}
          </button>
        ))}
      {concern.staffMoves.includes('corporatie') && !concern.consent.at ? (
        <button
          type="button"
          class="button"
          disabled={concern.consent.requestedAt !== null}
          onClick={() => act(() => api(routes.concerns.requestConsent, { params: { concernId } }))}
        >
          {concern.consent.requestedAt
            ? t('concerns.web.consent_asked')
            : t('concerns.web.ask_consent')}
        </button>
      ) : null}
      {phase ? (
        <button
          type="button"
          class="button"
          onClick={() =>
            act(() => api(routes.concerns.mediation, { params: { concernId }, body: { phase } }))
          }
        >
          {t('concerns.web.next_phase', { phase: t(`concerns.phase.${phase}`) })}
        </button>
      ) : null}
    </div>
  );
}
