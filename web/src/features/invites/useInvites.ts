import { useEffect, useState } from 'preact/hooks';
import type { Invite } from '../../../../server/protocol/auth';
import type { Role } from '../../../../server/protocol/roles';
import { api, refusalOf } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';

/** The project's invites and the roles the person may invite (the chosen role kept allowed). */
function useInviteList(projectId: string, onError: (message: string) => void) {
  const [invites, setInvites] = useState<Invite[]>();
  const [allowed, setAllowed] = useState<Role[]>([]);
  const [role, setRole] = useState<Role>('resident');

  async function reload() {
    const r = await api(routes.projects.invites, { params: { projectId } });
    setInvites(r.invites);
    setAllowed(r.invitableRoles);
    if (!r.invitableRoles.includes(role) && r.invitableRoles[0]) setRole(r.invitableRoles[0]);
  }
  useEffect(() => {
    reload().catch(() => onError(t('web.error_generic')));
  }, [projectId]);

  return { invites, allowed, role, setRole, reload };
}

/**
 * The invites screen's state: the list, the new-invite form (role, label, days, uses) with its
 * errors, the link just made (shown once) and copying it.
 */
export function useInvites(projectId: string) {
  const [error, setError] = useState<string>();
  const list = useInviteList(projectId, setError);
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('14');
  const [maxUses, setMaxUses] = useState('1');
  const [created, setCreated] = useState<{ url: string }>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState<string>();

  async function create(event: Event) {
    event.preventDefault();
    setError(undefined);
    setFields({});
    setCopied(undefined);
    try {
      const r = await api(routes.projects.createInvite, {
        params: { projectId },
        body: {
          role: list.role,
          ...(label.trim() ? { label: label.trim() } : {}),
          expiresInDays: Number(days),
          maxUses: Number(maxUses),
        },
      });
      setCreated(r);
      setLabel('');
      await list.reload();
    } catch (e) {
      const refusal = refusalOf(e);
      setError(refusal.message);
      setFields(refusal.fields);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('invites.copied'));
    } catch {
      setCopied(t('invites.copy_failed'));
      (document.getElementById('invite-link') as HTMLInputElement | null)?.select();
    }
  }

  return {
    ...list,
    label,
    setLabel,
    days,
    setDays,
    maxUses,
    setMaxUses,
    created,
    fields,
    error,
    copied,
    create,
    copy,
  };
}

/** The invites screen's state and actions, as its parts receive them. */
export type InvitesState = ReturnType<typeof useInvites>;
