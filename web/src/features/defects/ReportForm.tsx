import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { LookAlikeCases } from './LookAlikeCases';
import { PhotoField, PlaceAndWhatFields, SinceAndUrgencyFields } from './ReportFields';
import { ReportSentNotice } from './ReportSentNotice';
import { UrgentAdviceBox } from './UrgentAdviceBox';
import { useDefectReport } from './useDefectReport';

/**
 * Report something broken: where, what, since when, urgency, an optional photo. While the
 * person types, open cases in the same place that look alike are shown with "Me too", so one
 * problem stays one case. Choosing "urgent" shows the repair line from the buurtkaart at once.
 */
export function ReportForm({ projectId }: { projectId: string }) {
  const form = useDefectReport(projectId);
  const { sent, urgent, repairs } = form;
  return (
    <section class="defects-section" aria-labelledby="report-title">
      <h2 id="report-title">{t('defects.web.report_title')}</h2>
      <p class="muted">{t('defects.web.intro')}</p>
      {sent ? <ReportSentNotice projectId={projectId} sent={sent} /> : null}
      {sent?.advice ? (
        <UrgentAdviceBox repairs={sent.advice.repairs} gas={sent.advice.call112} />
      ) : null}
      <form class="stack defect-form" onSubmit={form.submit} noValidate>
        <PlaceAndWhatFields form={form} />
        <LookAlikeCases
          similar={form.similar}
          meToo={form.meToo}
          onMeToo={(s) => void form.sayMeToo(s)}
        />
        <SinceAndUrgencyFields form={form} />
        {urgent && repairs ? <UrgentAdviceBox repairs={repairs} gas={false} /> : null}
        <PhotoField form={form} />

        <ErrorText message={form.error} />
        <button type="submit" class="button primary" disabled={form.sending || form.preparing}>
          {form.sending
            ? t('defects.web.sending')
            : form.preparing
              ? t('defects.web.preparing_photo')
              : t('defects.web.submit')}
        </button>
      </form>
    </section>
  );
}
