import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/**
 * The kind reminder before a text that names a neighbour with a label goes to a shared room.
 * It asks, it never blocks: "Toch sturen" sends it as it is, "Aanpassen" goes back to the text,
 * and the person can report it privately to Buurtbot instead. Focus moves into it, so it is
 * heard and reached by keyboard at once.
 */
export function BlameReminder({
  onSend,
  onEdit,
  onReport,
}: {
  onSend: () => void;
  onEdit: () => void;
  onReport: () => void;
}) {
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => editRef.current?.focus(), []);
  return (
    <section
      class="reminder"
      role="group"
      aria-labelledby="reminder-title"
      aria-describedby="reminder-text"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onEdit();
      }}
    >
      <h2 id="reminder-title">{t('moderation.web.reminder_title')}</h2>
      <p id="reminder-text">{t('moderation.web.reminder')}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={onSend}>
          {t('moderation.web.send_anyway')}
        </button>
        <button type="button" class="button primary" ref={editRef} onClick={onEdit}>
          {t('moderation.web.edit')}
        </button>
        <button type="button" class="button subtle" onClick={onReport}>
          {t('moderation.web.report_privately')}
        </button>
      </div>
    </section>
  );
}
