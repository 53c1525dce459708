import { useEffect, useState } from 'preact/hooks';
import type { Member, SupportLink } from '../../../../server/protocol/projects';
import { ApiError, http } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';

/** Public roles of people who can have an own support worker (staff and the corporation cannot). */
const supportable = new Set<Member['role']>(['bewoner', 'buurtbewoner', 'woonvereniging']);

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
  const [links, setLinks] = useState<SupportLink[]>();
  const [resident, setResident] = useState('');
  const [worker, setWorker] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const base = `/api/projects/${projectId}/support-links`;

  useEffect(() => {
    http
      .get<{ supportLinks: SupportLink[] }>(base)
      .then((r) => setLinks(r.supportLinks))
      .catch(() => setError(t('web.error_generic')));
  }, [base]);

  function refused(e: unknown) {
    if (!(e instanceof ApiError)) return setError(t('web.error_generic'));
    const fields = Object.values(e.payload.fields ?? {});
    setError(fields.length ? fields.join(' ') : e.payload.message);
  }

  async function add(event: Event) {
    event.preventDefault();
    setError(undefined);
    setDone(undefined);
    try {
      const link = await http.post<SupportLink>(base, {
        staffUserId: worker,
        residentUserId: resident,
      });
      setLinks([...(links ?? []), link]);
      setDone(t('members.support_added', { worker: link.staffName, resident: link.residentName }));
    } catch (e) {
      refused(e);
    }
  }

  async function remove(link: SupportLink) {
    setError(undefined);
    setDone(undefined);
    try {
      await http.delete(`${base}/${link.id}`);
      setLinks((links ?? []).filter((l) => l.id !== link.id));
      setDone(
        t('members.support_removed', { worker: link.staffName, resident: link.residentName }),
      );
    } catch (e) {
      refused(e);
    }
  }

  const residents = members.filter((m) => supportable.has(m.role));
  const workers = members.filter((m) => m.role === 'begeleider');

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
      <form class="support-form" onSubmit={(event) => void add(event)}>
        <label for="support-resident">{t('members.support_resident')}</label>
        <select
          id="support-resident"
          value={resident}
          required
          onChange={(e) => setResident((e.target as HTMLSelectElement).value)}
        >
          <option value="">{t('members.support_choose')}</option>
          {residents.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
        <label for="support-worker">{t('members.support_worker')}</label>
        <select
          id="support-worker"
          value={worker}
          required
          onChange={(e) => setWorker((e.target as HTMLSelectElement).value)}
        >
          <option value="">{t('members.support_choose')}</option>
          {workers.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t('members.support_add')}
        </button>
      </form>
    </section>
  );
}
