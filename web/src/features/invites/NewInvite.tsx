import type { Role } from '../../../../server/protocol/roles';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import type { InvitesState } from './useInvites';

/** A new invite: the role, a label, how many days it lasts and how often it may be used. */
export function NewInviteForm({ state }: { state: InvitesState }) {
  const { fields } = state;
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
    <form class="stack" onSubmit={state.create} noValidate>
      <label for="invite-role">{t('invites.role')}</label>
      <select
        id="invite-role"
        value={state.role}
        onChange={(e) => state.setRole(e.currentTarget.value as Role)}
        {...described('role', 'invite-role')}
      >
        {state.allowed.map((r) => (
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
        value={state.label}
        onInput={(e) => state.setLabel(e.currentTarget.value)}
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
            value={state.days}
            onInput={(e) => state.setDays(e.currentTarget.value)}
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
            value={state.maxUses}
            onInput={(e) => state.setMaxUses(e.currentTarget.value)}
            {...described('maxUses', 'invite-uses')}
          />
          {field('maxUses', 'invite-uses')}
        </div>
      </div>
      <button type="submit" class="button primary">
        {t('invites.create')}
      </button>
      <ErrorText message={state.error} />
    </form>
  );
}

/** The link just made (shown this once), with a button to copy it. */
export function CreatedInvite({
  created,
  copied,
  onCopy,
}: {
  created: { url: string };
  copied: string | undefined;
  onCopy: (url: string) => Promise<void>;
}) {
  return (
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
      <button type="button" class="button" onClick={() => void onCopy(created.url)}>
        {t('invites.copy')}
      </button>
      {copied ? <p>{copied}</p> : null}
    </div>
  );
}
