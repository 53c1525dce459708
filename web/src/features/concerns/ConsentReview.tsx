import { useState } from 'preact/hooks';
import type { CaseText, ReporterConcern } from '../../../../server/protocol/concerns';
import type { ConsentScope } from '../../../../server/protocol/concernTypes';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';

/**
 * The reporter's yes or no to the housing corporation, with the texts the corporation would
 * read, editable, and a hint to take out names and health details. The report itself stays.
 */
export function ConsentReview({
  concern,
  act,
}: {
  concern: ReporterConcern;
  act: (run: () => Promise<ReporterConcern>) => Promise<void> | void;
}) {
  const [description, setDescription] = useState(concern.description ?? '');
  const [when, setWhen] = useState(concern.whenText ?? '');
  const [effect, setEffect] = useState(concern.effect ?? '');
  const id = (field: string) => `case-${field}-${concern.id}`;

  function answer(choice: ConsentScope | 'no') {
    const caseText: CaseText = {
      description,
      when: when.trim() === '' ? null : when,
      effect: effect.trim() === '' ? null : effect,
    };
    return act(() =>
      api(routes.concerns.consent, {
        params: { concernId: concern.id },
        body: choice === 'no' ? { answer: choice } : { answer: choice, caseText },
      }),
    );
  }

  return (
    <div class="stack" role="group" aria-label={t('concerns.web.consent_title')}>
      <p>{t('concerns.web.consent_question')}</p>
      <h3>{t('concerns.web.case_text_title')}</h3>
      <p class="muted" id={id('hint')}>
        {t('concerns.web.case_text_hint')}
      </p>
      <label for={id('what')}>{t('concerns.web.what_label')}</label>
      <textarea
        id={id('what')}
        rows={4}
        maxLength={2000}
        aria-describedby={id('hint')}
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <label for={id('when')}>{t('concerns.web.when_label')}</label>
      <input
        id={id('when')}
        maxLength={200}
        value={when}
        onInput={(e) => setWhen(e.currentTarget.value)}
      />
      <label for={id('effect')}>{t('concerns.web.effect_label')}</label>
      <textarea
        id={id('effect')}
        rows={2}
        maxLength={500}
        value={effect}
        onInput={(e) => setEffect(e.currentTarget.value)}
      />
      {(['anonymous', 'named', 'no'] as const).map((choice) => (
        <button key={choice} type="button" class="button" onClick={() => void answer(choice)}>
          {t(`concerns.bot.consent_${choice}`)}
        </button>
      ))}
    </div>
  );
}
