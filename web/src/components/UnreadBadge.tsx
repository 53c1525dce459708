import { t } from '../i18n';

/** A small count, read out as "3 new" by screen readers. */
export function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span class="badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span class="visually-hidden"> {t('shell.unread', { count })}</span>
    </span>
  );
}
