import { useState } from 'preact/hooks';
import type { Invite } from '../../../../server/protocol/auth';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';

type Status = 'active' | 'expired' | 'used_up' | 'revoked';

function statusOf(invite: Invite, now: number): Status {
  if (invite.revoked) return 'revoked';
  if (Date.parse(invite.expiresAt) <= now) return 'expired';
  if (invite.uses >= invite.maxUses) return 'used_up';
  return 'active';
}

export function InviteList({
  invites,
  lang,
  onChanged,
}: {
  invites: Invite[];
  lang: string;
  onChanged: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const now = Date.now();

  async function revoke(id: string) {
    setError(undefined);
    try {
      await api(routes.invites.revoke, { params: { inviteId: id } });
      setConfirming(undefined);
      setNotice(t('invites.revoked'));
      await onChanged();
    } catch {
      setError(t('web.error_generic'));
    }
  }

  return (
    <>
      <p role="status" class="notice">
        {notice}
      </p>
      <ErrorText message={error} />
      <ul class="invite-list">
        {invites.map((invite) => (
          <InviteItem
            key={invite.id}
            invite={invite}
            status={statusOf(invite, now)}
            date={date}
            confirming={confirming === invite.id}
            onConfirm={setConfirming}
            onRevoke={(id) => void revoke(id)}
          />
        ))}
      </ul>
    </>
  );
}

/** One invite: label, role, status, uses and end date; revoking an active one asks first. */
function InviteItem({
  invite,
  status,
  date,
  confirming,
  onConfirm,
  onRevoke,
}: {
  invite: Invite;
  status: Status;
  date: Intl.DateTimeFormat;
  confirming: boolean;
  onConfirm: (id: string | undefined) => void;
  onRevoke: (id: string) => void;
}) {
  return (
    <li class={`invite ${status}`}>
      <p class="invite-title">
        <strong>{invite.label ?? t('invites.no_label')}</strong> ·{' '}
        {t(`invites.role.${invite.role}`)}
      </p>
      <p class="muted">
        <span class={`status status-${status}`}>{t(`invites.status.${status}`)}</span> ·{' '}
        {t('invites.uses', { uses: invite.uses, max: invite.maxUses })} ·{' '}
        {t('invites.expires_on', { date: date.format(new Date(invite.expiresAt)) })}
      </p>
      {status === 'active' && !confirming ? (
        <button
          type="button"
          class="button subtle"
          aria-label={`${t('invites.revoke')}: ${invite.label ?? t('invites.no_label')}`}
          onClick={() => onConfirm(invite.id)}
        >
          {t('invites.revoke')}
        </button>
      ) : null}
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('invites.revoke_confirm')}>
          <p>{t('invites.revoke_confirm')}</p>
          <button type="button" class="button danger" onClick={() => onRevoke(invite.id)}>
            {t('invites.revoke_yes')}
          </button>
          <button type="button" class="button subtle" onClick={() => onConfirm(undefined)}>
            {t('invites.revoke_no')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
