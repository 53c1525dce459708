import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { projects } from '../../state/session';
import { isStaffRole } from '../../../../server/protocol/roles';
import { ConcernDetail } from './ConcernDetail';
import { Feed } from './Feed';
import { Numbers } from './Numbers';
import { Rota } from './Rota';
import { loadFeed } from './state';
import './concerns.css';

type Tab = 'feed' | 'rota' | 'numbers';

/**
 * The staff dashboard: the live feed of alerts and concerns (appearing and changing without a
 * reload), a concern's detail with every action, the on-call rota, and the Living Lab numbers.
 */
export function StaffDashboard({ projectId }: { projectId: string }) {
  const [tab, setTab] = useState<Tab>('feed');
  const [openId, setOpenId] = useState<string>();
  const [error, setError] = useState<string>();
  const role = projects.value.find((p) => p.id === projectId)?.myRole;

  useEffect(() => {
    if (role && isStaffRole(role))
      loadFeed(projectId).catch(() => setError(t('web.error_generic')));
  }, [projectId, role]);

  if (!role || !isStaffRole(role))
    return (
      <div class="feature-page">
        <p>{t('errors.forbidden')}</p>
      </div>
    );

  return (
    <div class="feature-page">
      <h2>{t('concerns.web.dashboard_title')}</h2>
      <div class="tabs" role="group" aria-label={t('concerns.web.dashboard_title')}>
        {(['feed', 'rota', 'numbers'] as const).map((name) => (
          <button
            key={name}
            type="button"
            class={tab === name ? 'button primary' : 'button'}
            aria-pressed={tab === name}
            onClick={() => {
              setTab(name);
              setOpenId(undefined);
            }}
          >
            {t(`concerns.web.tab.${name}`)}
          </button>
        ))}
      </div>
      <ErrorText message={error} />
      {tab === 'feed' && openId ? (
        <ConcernDetail
          projectId={projectId}
          concernId={openId}
          onBack={() => setOpenId(undefined)}
        />
      ) : null}
      {tab === 'feed' && !openId ? (
        <Feed projectId={projectId} onOpen={setOpenId} onError={setError} />
      ) : null}
      {tab === 'rota' ? <Rota projectId={projectId} /> : null}
      {tab === 'numbers' ? <Numbers projectId={projectId} /> : null}
    </div>
  );
}
