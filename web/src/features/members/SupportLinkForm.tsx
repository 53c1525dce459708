import { useState } from 'preact/hooks';
import type { Member } from '../../../../server/protocol/projects';
import { t } from '../../i18n';

/** Public roles of people who can have an own support worker (staff and the corporation cannot). */
const supportable = new Set<Member['role']>(['bewoner', 'buurtbewoner', 'woonvereniging']);

/** Link a resident to their own support worker (a begeleider). */
export function SupportLinkForm({
  members,
  onAdd,
}: {
  members: Member[];
  onAdd: (worker: string, resident: string) => Promise<void>;
}) {
  const [resident, setResident] = useState('');
  const [worker, setWorker] = useState('');
  const residents = members.filter((m) => supportable.has(m.role));
  const workers = members.filter((m) => m.role === 'begeleider');
  return (
    <form
      class="support-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd(worker, resident);
      }}
    >
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
  );
}
