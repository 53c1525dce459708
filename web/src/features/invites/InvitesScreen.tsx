import { useEffect, useState } from 'preact/hooks';
import type { Invite } from '../../../../server/protocol/auth';
import type { Role } from '../../../../server/protocol/roles';
import { ApiError, http } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { locale, t } from '../../i18n';
import type { FeatureProps } from '../feature';
import { InviteList } from './InviteList';

interface Created {
  url: string;
}

/** Staff and coordinators make invite links (for the roles they may invite) and revoke them. */
export function InvitesScreen({ project }: FeatureProps) {
  const [invites, setInvites] = useState<Invite[]>();
  const [allowed, setAllowed] = useState<Role[]>([]);
  const [role, setRole] = useState<Role>('resident');
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('14');
  const [maxUses, setMaxUses] = useState('1');
  const [created, setCreated] = useState<Created>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState<string>();
  const base = `/api/projects/${project.id}/invites`;

  async function reload() {
    const r = await http.get<{ invites: Invite[]; invitableRoles: Role[] }>(base);
    setInvites(r.invites);
    setAllowed(r.invitableRoles);
    if (!r.invitableRoles.includes(role) && r.invitableRoles[0]) setRole(r.invitableRoles[0]);
  }
  useEffect(() => {
    reload().catch(() => setError(t('web.error_generic')));
  }, [project.id]);

  async function create(event: Event) {
    event.preventDefault();
    setError(undefined);
    setFields({});
    setCopied(undefined);
    try {
      const r = await http.post<Created>(base, {
        role,
        ...(label.trim() ? { label: label.trim() } : {}),
        expiresInDays: Number(days),
        maxUses: Number(maxUses),
      });
      setCreated(r);
      setLabel('');
      await reload();
    } catch (e) {
      if (e instanceof ApiError) {
        setFields(e.payload.fields ?? {});
        setError(e.payload.message);
      } else setError(t('web.error_generic'));
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

  const field = (name: string, id: string) =>
    fields[name] ? (
      <p id={`${id}-error`} class="error">
        {fields[name]}
      </p>
    ) : null;
  const described = (name: string, id: string) => ({
    'aria-invalid': fields[name] ? ('true' as const) : undefined,
    'aria-describedby': fields[name] ? `${id}-error` : undefined,
  });

  return (
    <div class="screen">
      <h1>{t('invites.title')}</h1>
      <p>{t('invites.intro')}</p>

      <section class="card" aria-labelledby="invite-new-title">
        <h2 id="invite-new-title">{t('invites.new_title')}</h2>
        <form class="stack" onSubmit={create} noValidate>
          <label for="invite-role">{t('invites.role')}</label>
          <select
            id="invite-role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            {...described('role', 'invite-role')}
          >
            {allowed.map((r) => (
              <option key={r} value={r}>
                {t(`invites.role.${r}`)}
              </option>
            ))}
          </select>
          {field('role', 'invite-role')}
          <label for="invite-label">{t('invites.label')}</label>
          <input
            id="invite-label"
            maxLength={80}
            value={label}
            onInput={(e) => setLabel(e.currentTarget.value)}
            {...described('label', 'invite-label')}
          />
          {field('label', 'invite-label')}
          <div class="field-row">
            <div class="stack">
              <label for="invite-days">{t('invites.expires')}</label>
              <input
                id="invite-days"
                type="number"
                inputMode="numeric"
                min={1}
                max={90}
                value={days}
                onInput={(e) => setDays(e.currentTarget.value)}
                {...described('expiresInDays', 'invite-days')}
              />
              {field('expiresInDays', 'invite-days')}
            </div>
            <div class="stack">
              <label for="invite-uses">{t('invites.max_uses')}</label>
              <input
                id="invite-uses"
                type="number"
                inputMode="numeric"
                min={1}
                max={500}
                value={maxUses}
                onInput={(e) => setMaxUses(e.currentTarget.value)}
                {...described('maxUses', 'invite-uses')}
              />
              {field('maxUses', 'invite-uses')}
            </div>
          </div>
          <button type="submit" class="button primary">
            {t('invites.create')}
          </button>
          <ErrorText message={error} />
        </form>
        {created ? (
          <div class="created" role="status">
            <p>{t('invites.created')}</p>
            <label for="invite-link">{t('invites.link_label')}</label>
            <input
              id="invite-link"
              readOnly
              value={created.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <p class="muted">{t('invites.link_once')}</p>
            <button type="button" class="button" onClick={() => void copy(created.url)}>
              {t('invites.copy')}
            </button>
            {copied ? <p>{copied}</p> : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="invite-list-title">
        <h2 id="invite-list-title">{t('invites.list_title')}</h2>
        {invites === undefined ? <p>{t('web.loading')}</p> : null}
        {invites?.length === 0 ? <p>{t('invites.none')}</p> : null}
        {invites?.length ? (
          <InviteList invites={invites} lang={locale.value} onChanged={reload} />
        ) : null}
      </section>
    </div>
  );
}
