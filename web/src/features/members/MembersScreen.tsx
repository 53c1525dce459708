import { useEffect, useState } from 'preact/hooks';
import type { Member } from '../../../../server/protocol/projects';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { online, refreshPresence } from '../../state/chat';
import { isStaffRole } from '../../../../server/protocol/roles';
import type { FeatureProps } from '../feature';
import { HomesEditor } from './HomesEditor';
import { SupportLinksEditor } from './SupportLinksEditor';

/**
 * The public member list: a name, a public role and whether someone is online. Nothing else;
 * staff also keep who lives where and who is whose own support worker below it.
 */
export function MembersScreen({ project, me }: FeatureProps) {
  const [members, setMembers] = useState<Member[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api(routes.projects.members, { params: { projectId: project.id } })
      .then((r) => setMembers(r.members))
      .catch(() => setError(t('web.error_generic')));
    void refreshPresence(project.id);
  }, [project.id]);

  const live = online.value[project.id];
  const people = (members ?? [])
    .filter((m) => m.role !== 'bot')
    .map((m) => ({ ...m, online: live ? live.includes(m.userId) : m.online }))
    .sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name));

  return (
    <div class="screen">
      <h1>{t('members.title')}</h1>
      <p>{t('members.intro')}</p>
      <ErrorText message={error} />
      {members === undefined && !error ? <p>{t('web.loading')}</p> : null}
      {members && people.length === 0 ? <p>{t('members.none')}</p> : null}
      <ul class="member-list">
        {people.map((m) => (
          <li key={m.userId} class="member">
            <span class={m.online ? 'dot online' : 'dot'} aria-hidden="true" />
            <span class="member-name">
              {m.name} {m.userId === me.id ? <span class="muted">{t('members.you')}</span> : null}
            </span>
            <span class="muted member-role">{t(`web.role.${m.role}`)}</span>
            <span class="visually-hidden">
              , {m.online ? t('members.online') : t('members.offline')}
            </span>
          </li>
        ))}
      </ul>
      {members && isStaffRole(project.myRole) ? (
        <>
          <HomesEditor projectId={project.id} members={people} />
          <SupportLinksEditor projectId={project.id} members={people} />
        </>
      ) : null}
    </div>
  );
}
