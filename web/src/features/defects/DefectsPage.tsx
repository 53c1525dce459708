import { useLocation, useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { Page } from '../../components/Page';
import { t } from '../../i18n';
import { me, projects } from '../../state/session';
import { DefectCase } from './DefectCase';
import { DefectList } from './DefectList';
import { ReportForm } from './ReportForm';
import { listenForDefects } from './state';
import './defects.css';

type View = 'report' | 'mine' | 'all' | 'case';
const handlerRoles = new Set(['staff', 'admin', 'coordinator', 'corporation']);

/**
 * Gebreken: report something broken (with the "me too" suggestion), follow your own reports,
 * and, for staff, coordinators and the corporation, the project's cases and their status.
 * Route: /p/:projectId/defects/:view?/:defectId?
 */
export function DefectsPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const projectId = params.projectId ?? '';
  const project = projects.value.find((p) => p.id === projectId);

  useEffect(() => {
    if (me.value === null) route('/', true);
    if (me.value) listenForDefects();
  }, [me.value]);

  if (!me.value || !project) return <Page title={t('defects.web.loading')}>{null}</Page>;
  const role = project.myRole;
  const canReport = role !== 'corporation';
  const handles = handlerRoles.has(role);
  const tabs: [View, string][] = [
    ...(canReport
      ? ([
          ['report', t('defects.web.tab_report')],
          ['mine', t('defects.web.tab_mine')],
        ] as [View, string][])
      : []),
    ...(handles ? ([['all', t('defects.web.tab_all')]] as [View, string][]) : []),
  ];
  const requested = params.view as View | undefined;
  const view: View =
    requested && (requested === 'case' || tabs.some(([v]) => v === requested))
      ? requested
      : (tabs[0]?.[0] ?? 'mine');
  const base = `/p/${projectId}/defects`;

  return (
    <div class="shell defects-shell">
      <header class="topbar">
        <div>
          <p class="brand">
            {t('web.app_name')} · {project.name}
          </p>
          <h1 class="project-name">{t('defects.web.title')}</h1>
        </div>
        <div class="topbar-actions">
          <a class="button subtle" href={`/p/${projectId}`}>
            {t('defects.web.back')}
          </a>
        </div>
      </header>
      <nav class="rooms" aria-label={t('defects.web.tabs')}>
        <ul>
          {tabs.map(([id, label]) => (
            <li key={id}>
              <a
                href={`${base}/${id}`}
                class={id === view ? 'room-link active' : 'room-link'}
                aria-current={id === view ? 'page' : undefined}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="defects-main">
        {view === 'report' ? <ReportForm projectId={projectId} /> : null}
        {view === 'mine' ? <DefectList projectId={projectId} scope="mine" /> : null}
        {view === 'all' ? (
          <DefectList projectId={projectId} scope="all" managesSpaces={role !== 'corporation'} />
        ) : null}
        {view === 'case' && params.defectId ? (
          <DefectCase key={params.defectId} projectId={projectId} defectId={params.defectId} />
        ) : null}
      </main>
    </div>
  );
}
