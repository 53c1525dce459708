import type { MessageKey } from '../../../server/i18n/catalogue';
import { t } from '../i18n';

/** A small count, read out as "3 new" (or what `label` says, e.g. "3 urgent") by screen readers. */
export function UnreadBadge({ count, label }: { count: number; label?: MessageKey }) {
  if (count <= 0) return null;
  return (
    <span class="badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span class="visually-hidden"> {t(label ?? 'shell.unread', { count })}</span>
    </span>
  );
}
