import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import type { Member } from '../../../../server/protocol/projects';
import { SupportLinkForm } from './SupportLinkForm';
import { useSupportLinks } from './useSupportLinks';

/**
 * Staff only: who is whose own support worker. A help request goes to that person first; other
 * members never see any of it.
 */
export function SupportLinksEditor({
  projectId,
  members,
}: {
  projectId: string;
  members: Member[];
}) {
  const { links, error, done, add, remove } = useSupportLinks(projectId);

  return (
    <section aria-labelledby="support-title">
      <h2 id="support-title">{t('members.support_title')}</h2>
      <p>{t('members.support_intro')}</p>
      <ErrorText message={error} />
      <p role="status">{done}</p>
      {links && links.length === 0 ? <p>{t('members.support_none')}</p> : null}
      <ul class="support-list">
        {(links ?? []).map((link) => (
          <li key={link.id}>
            <span>
              {t('members.support_line', { resident: link.residentName, worker: link.staffName })}
            </span>
            <button
              type="button"
              class="button subtle"
              aria-label={t('members.support_remove_label', {
                worker: link.staffName,
                resident: link.residentName,
              })}
              onClick={() => void remove(link)}
            >
              {t('members.support_remove')}
            </button>
          </li>
        ))}
      </ul>
      <SupportLinkForm members={members} onAdd={add} />
    </section>
  );
}
