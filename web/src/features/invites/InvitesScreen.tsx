import { locale, t } from '../../i18n';
import type { FeatureProps } from '../feature';
import { InviteList } from './InviteList';
import { CreatedInvite, NewInviteForm } from './NewInvite';
import { useInvites } from './useInvites';

/** Staff and coordinators make invite links (for the roles they may invite) and revoke them. */
export function InvitesScreen({ project }: FeatureProps) {
  const state = useInvites(project.id);
  const { invites, created } = state;

  return (
    <div class="screen">
      <h1>{t('invites.title')}</h1>
      <p>{t('invites.intro')}</p>

      <section class="card" aria-labelledby="invite-new-title">
        <h2 id="invite-new-title">{t('invites.new_title')}</h2>
        <NewInviteForm state={state} />
        {created ? (
          <CreatedInvite created={created} copied={state.copied} onCopy={state.copy} />
        ) : null}
      </section>

      <section aria-labelledby="invite-list-title">
        <h2 id="invite-list-title">{t('invites.list_title')}</h2>
        {invites === undefined ? <p>{t('web.loading')}</p> : null}
        {invites?.length === 0 ? <p>{t('invites.none')}</p> : null}
        {invites?.length ? (
          <InviteList invites={invites} lang={locale.value} onChanged={state.reload} />
        ) : null}
      </section>
    </div>
  );
}
