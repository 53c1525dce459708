import { useEffect, useState } from 'preact/hooks';
import type { SupportLink } from '../../../../server/protocol/projects';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';

/** The project's support links, with adding and removing one and what happened (or was refused). */
export function useSupportLinks(projectId: string) {
  const [links, setLinks] = useState<SupportLink[]>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  useEffect(() => {
    api(routes.projects.supportLinks, { params: { projectId } })
      .then((r) => setLinks(r.supportLinks))
      .catch(() => setError(t('web.error_generic')));
  }, [projectId]);

  function refused(e: unknown) {
    if (!(e instanceof ApiError)) return setError(t('web.error_generic'));
    const fields = Object.values(e.payload.fields ?? {});
    setError(fields.length ? fields.join(' ') : e.payload.message);
  }

  async function add(worker: string, resident: string) {
    setError(undefined);
    setDone(undefined);
    try {
      const link = await api(routes.projects.addSupportLink, {
        params: { projectId },
        body: { staffUserId: worker, residentUserId: resident },
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
      await api(routes.projects.removeSupportLink, { params: { projectId, id: link.id } });
      setLinks((links ?? []).filter((l) => l.id !== link.id));
      setDone(
        t('members.support_removed', { worker: link.staffName, resident: link.residentName }),
      );
    } catch (e) {
      refused(e);
    }
  }

  return { links, error, done, add, remove };
}
