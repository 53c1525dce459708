import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import type { SentReport } from './useDefectReport';

/** The thank-you after a report, with a link to the case; brought into view and focused. */
export function ReportSentNotice({ projectId, sent }: { projectId: string; sent: SentReport }) {
  const sentRef = useRef<HTMLDivElement>(null);

  // The thank-you (and any urgent advice) is at the top: bring it into view and focus.
  useEffect(() => {
    sentRef.current?.scrollIntoView({ block: 'start' });
    sentRef.current?.focus();
  }, [sent]);

  return (
    <div class="notice" role="status" tabIndex={-1} ref={sentRef}>
      <p>{t('defects.web.created', { ref: sent.ref })}</p>
      {sent.photoProblem ? (
        <p class="error">{t('defects.web.photo_failed', { reason: sent.photoProblem })}</p>
      ) : null}
      <p>
        <a href={`/p/${projectId}/defects/case/${sent.id}`}>
          {t('defects.web.open_case', { ref: sent.ref })}
        </a>
      </p>
    </div>
  );
}
