import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { dateTime } from './format';
import { useRota, type RotaState } from './useRota';

/** The on-call rota of the project: who answers alerts when, added and removed by staff. */
export function Rota({ projectId }: { projectId: string }) {
  const rota = useRota(projectId);
  const { shifts, remove } = rota;

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
      <ShiftForm rota={rota} />
    </section>
  );
}

/** A new shift: which support worker, from when, until when. */
function ShiftForm({ rota }: { rota: RotaState }) {
  return (
    <form class="stack" onSubmit={rota.add}>
      <h4>{t('concerns.web.rota_add')}</h4>
      <label for="rota-who">{t('concerns.web.rota_who')}</label>
      <select id="rota-who" value={rota.who} onChange={(e) => rota.setWho(e.currentTarget.value)}>
        {rota.staff.map((m) => (
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
        value={rota.from}
        onInput={(e) => rota.setFrom(e.currentTarget.value)}
      />
      <label for="rota-to">{t('concerns.web.rota_to')}</label>
      <input
        id="rota-to"
        type="datetime-local"
        required
        value={rota.to}
        onInput={(e) => rota.setTo(e.currentTarget.value)}
      />
      <ErrorText message={rota.error} />
      <button type="submit" class="button primary">
        {t('concerns.web.rota_save')}
      </button>
    </form>
  );
}
