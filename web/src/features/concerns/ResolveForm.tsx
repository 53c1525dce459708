import { useState } from 'preact/hooks';
import type { StaffConcern } from '../../../../server/protocol/concerns';
import { concernOutcomes, type ConcernOutcome } from '../../../../server/protocol/concernTypes';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';

/** Close an open concern with its outcome. */
export function ResolveForm({
  concernId,
  act,
}: {
  concernId: string;
  act: (run: () => Promise<StaffConcern>) => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<ConcernOutcome>('solved_support');
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void act(
          () =>
            api(routes.concerns.resolve, {
              params: { concernId },
              body: { outcome },
            }) as Promise<StaffConcern>,
        );
      }}
    >
      <label for="resolve-outcome">{t('concerns.web.outcome_label')}</label>
      <select
        id="resolve-outcome"
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value as ConcernOutcome)}
      >
        {concernOutcomes.map((o) => (
          <option key={o} value={o}>
            {t(`concerns.outcome.${o}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="button">
        {t('concerns.web.resolve')}
      </button>
    </form>
  );
}
