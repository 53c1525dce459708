import { useLocation, useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { ChatRoom } from '../components/ChatRoom';
import { OfflineBanner } from '../components/OfflineBanner';
import { RoomNav } from '../components/RoomNav';
import { t } from '../i18n';
import { channels, connect, online, refreshPresence } from '../state/chat';
import { logout, me, projects } from '../state/session';
import { Page } from '../components/Page';
import { concernPages } from '../features/concerns/pages';

export function ProjectPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const projectId = params.projectId ?? '';
  const project = projects.value.find((p) => p.id === projectId);
  const rooms = channels.value.filter((c) => c.projectId === projectId);
  const Feature = concernPages[params.channelId ?? ''];
  const current =
    rooms.find((c) => c.id === params.channelId) ??
    rooms.find((c) => c.kind === 'common') ??
    rooms[0];

  useEffect(() => {
    if (me.value === null) route('/', true);
    if (me.value) {
      connect();
      void refreshPresence(projectId);
    }
  }, [me.value, projectId]);

  if (!me.value || !project) return <Page title={t('web.loading')}>{null}</Page>;
  const onlineCount = (online.value[projectId] ?? []).length;

  return (
    <div class="shell">
      <header class="topbar">
        <div>
          <p class="brand">{t('web.app_name')}</p>
          <h1 class="project-name">{project.name}</h1>
        </div>
        <div class="topbar-actions">
          <span class="muted" aria-live="polite">
            {t('web.online_count', { count: onlineCount })}
          </span>
          <button
            type="button"
            class="button subtle"
            onClick={async () => {
              await logout();
              route('/');
            }}
          >
            {t('web.logout')}
          </button>
        </div>
      </header>
      <OfflineBanner />
      <RoomNav
        projectId={projectId}
        rooms={rooms}
        currentId={Feature ? params.channelId : current?.id}
      />
      <main id="main" class="room">
        {Feature ? (
          <Feature projectId={projectId} />
        ) : current ? (
          <ChatRoom key={current.id} channel={current} />
        ) : (
          <p>{t('web.loading')}</p>
        )}
      </main>
    </div>
  );
}
