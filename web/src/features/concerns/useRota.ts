import { useEffect, useState } from 'preact/hooks';
import type { OnCallShiftView } from '../../../../server/protocol/concerns';
import type { Member } from '../../../../server/protocol/projects';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';

/** The on-call rota's state: the shifts, the support workers, the new shift, add and remove. */
export function useRota(projectId: string) {
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

  return { shifts, staff, who, setWho, from, setFrom, to, setTo, error, add, remove };
}

/** The rota's state and actions, as its parts receive them. */
export type RotaState = ReturnType<typeof useRota>;
