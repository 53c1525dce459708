import { Route, Router, useLocation, useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { OfflineBanner } from '../components/OfflineBanner';
import { Page } from '../components/Page';
import { features } from '../features/registry';
import { visibleFeatures, type Feature, type FeatureProps } from '../features/feature';
import { MenuScreen } from '../features/menu/MenuScreen';
import { RoomsScreen } from '../features/rooms/RoomsScreen';
import { t } from '../i18n';
import { connect, refreshPresence } from '../state/chat';
import { me, projects } from '../state/session';
import { isStaffRole } from '../../../server/protocol/roles';
import { AppNav } from '../shell/AppNav';
import { HelpButton } from '../shell/HelpButton';
import { usePreloadScreens } from './usePreloadScreens';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which navigation entry a path under `/p/:projectId` belongs to. */
function activeEntry(path: string, projectId: string, mine: Feature[]): string {
  const sub = path.slice(`/p/${projectId}`.length).replace(/^\//, '').split('/')[0] ?? '';
  if (sub === 'menu') return 'menu';
  if (sub === '' || uuid.test(sub)) return 'rooms';
  return mine.find((f) => f.path === sub)?.id ?? '';
}

/**
 * The shell of a project: header with the help button (not for staff: asking a support worker
 * for help is what a resident does; staff have the Teamkamer and Signalen), offline banner, the
 * main navigation and the current screen. Screens and navigation come from `features/registry.ts`; a person
 * only gets the routes their role may see. `/p/:projectId/:channelId` opens a room.
 */
export function ProjectPage() {
  const { params } = useRoute();
  const { path, route } = useLocation();
  const projectId = params.projectId ?? '';
  const project = projects.value.find((p) => p.id === projectId);
  const person = me.value;
  const mine = project ? visibleFeatures(features, project.myRole) : [];
  const active = activeEntry(path, projectId, mine);
  const activeFeature = mine.find((f) => f.id === active);
  const screenTitle =
    active === 'menu' ? t('shell.menu_title') : activeFeature ? t(activeFeature.label) : '';

  useEffect(() => {
    if (person === null) route('/', true);
    if (person) {
      connect();
      void refreshPresence(projectId);
    }
  }, [person, projectId]);

  usePreloadScreens(mine, project?.myRole);

  useEffect(() => {
    document.title = [screenTitle, project?.name, t('web.app_name')].filter(Boolean).join(' · ');
  }, [screenTitle, project?.name]);

  if (!person || !project) return <Page title={t('web.loading')}>{null}</Page>;
  const props: FeatureProps = { project, me: person };

  return (
    <div class="shell">
      <header class="topbar">
        <div class="topbar-title">
          <p class="brand">{t('web.app_name')}</p>
          <p class="project-name">{project.name}</p>
        </div>
        {isStaffRole(project.myRole) ? null : <HelpButton projectId={projectId} />}
      </header>
      <OfflineBanner />
      <AppNav project={project} features={mine} activeId={active} />
      <main id="main" class="main">
        <Router>
          {[
            ...mine.flatMap((f) =>
              f.path
                ? [
                    <Route key={f.id} path={`/${f.path}`} component={f.component} {...props} />,
                    // A feature may have screens of its own below its path (a case, a tab).
                    <Route
                      key={`${f.id}/*`}
                      path={`/${f.path}/*`}
                      component={f.component}
                      {...props}
                    />,
                  ]
                : [<Route key={f.id} path="/" component={f.component} {...props} />],
            ),
            <Route key="menu" path="/menu" component={MenuScreen} {...props} />,
            <Route key="room" path="/:channelId" component={RoomsScreen} {...props} />,
            <Route key="default" default component={NotFound} />,
          ]}
        </Router>
      </main>
    </div>
  );
}

function NotFound() {
  return (
    <div class="screen">
      <h1>{t('shell.not_found')}</h1>
    </div>
  );
}
