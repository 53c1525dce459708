import { useEffect, useState } from 'preact/hooks';
import type { OnCallShiftView } from '../../../../server/protocol/concerns';
import type { Member } from '../../../../server/protocol/projects';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { dateTime } from './format';

/** The on-call rota of the project: who answers alerts when, added and removed by staff. */
export function Rota({ projectId }: { projectId: string }) {
  const [shifts, setShifts] = useState<OnCallShiftView[]>([]);
  const [staff, setStaff] = useState<Member[]>([]);
  const [who, setWho] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string>();

  async function load() {
    const [rota, members] = await Promise.all([
      api(routes.concerns.rota, { params: { projectId } }),
      api(routes.projects.members, { params: { projectId } }),
    ]);
    setShifts(rota.shifts);
    const workers = members.members.filter((m) => m.role === 'begeleider');
    setStaff(workers);
    if (!who && workers[0]) setWho(workers[0].userId);
  }

  useEffect(() => {
    load().catch(() => setError(t('web.error_generic')));
  }, [projectId]);

  async function add(event: Event) {
    event.preventDefault();
    setError(undefined);
    try {
      await api(routes.concerns.addShift, {
        params: { projectId },
        body: {
          staffUserId: who,
          startsAt: new Date(from).toISOString(),
          endsAt: new Date(to).toISOString(),
        },
      });
      await load();
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? [failure.payload.message, ...Object.values(failure.payload.fields ?? {})].join(' ')
          : t('web.error_generic'),
      );
    }
  }

  async function remove(id: string) {
    await api(routes.concerns.removeShift, { params: { projectId, shiftId: id } });
    await load();
  }

  return (
    <section class="stack" aria-labelledby="rota-title">
      <h3 id="rota-title">{t('concerns.web.rota_title')}</h3>
      <ul class="cards">
        {shifts.length === 0 ? <li class="muted">{t('concerns.web.rota_empty')}</li> : null}
        {shifts.map((s) => (
          <li key={s.id} class="card">
            <p>
              <strong>{s.staff.name}</strong>: {dateTime(s.startsAt)} – {dateTime(s.endsAt)}
            </p>
            <button type="button" class="button subtle" onClick={() => void remove(s.id)}>
              {t('concerns.web.rota_remove', { name: s.staff.name })}
            </button>
          </li>
        ))}
      </ul>
      <form class="stack" onSubmit={add}>
        <h4>{t('concerns.web.rota_add')}</h4>
        <label for="rota-who">{t('concerns.web.rota_who')}</label>
        <select id="rota-who" value={who} onChange={(e) => setWho(e.currentTarget.value)}>
          {staff.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
        <label for="rota-from">{t('concerns.web.rota_from')}</label>
        <input
          id="rota-from"
          type="datetime-local"
          required
          value={from}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
        <label for="rota-to">{t('concerns.web.rota_to')}</label>
        <input
          id="rota-to"
          type="datetime-local"
          required
          value={to}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
        <ErrorText message={error} />
        <button type="submit" class="button primary">
          {t('concerns.web.rota_save')}
        </button>
      </form>
    </section>
  );
}
