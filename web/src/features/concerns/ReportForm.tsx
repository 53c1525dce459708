import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { HomeAndTalkedFields, StepFields, WhatHappensFields } from './ConcernReportFields';
import { useConcernReport } from './useConcernReport';

/**
 * The web form for a melding: what happens (behaviour, when, how often, what it does to you),
 * optionally which home, then the step: the lowest that fits is suggested, and "I feel unsafe"
 * goes to a support worker at once. The same rules as Buurtbot (`server/protocol/ladder.ts`).
 */
export function ReportForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const form = useConcernReport(projectId, onDone);
  return (
    <form class="stack concern-form" onSubmit={form.submit} noValidate>
      <p class="muted">{t('concerns.web.form_intro')}</p>
      <WhatHappensFields form={form} />
      <HomeAndTalkedFields form={form} />
      <StepFields form={form} />
      <p class="muted">{t('concerns.web.privacy_note')}</p>
      <ErrorText message={form.error} />
      <button type="submit" class="button primary" disabled={form.busy}>
        {t('concerns.web.submit')}
      </button>
      <p class="muted">{t('bot.help.danger_note')}</p>
    </form>
  );
}
