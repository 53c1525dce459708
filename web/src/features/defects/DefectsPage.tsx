import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import type { FeatureProps } from '../feature';
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
export function DefectsScreen({ project }: FeatureProps) {
  const { path } = useLocation();
  const projectId = project.id;
  const base = `/p/${projectId}/defects`;
  const [view0, defectId] = path.startsWith(`${base}/`)
    ? path.slice(base.length + 1).split('/')
    : [];
  const params = { view: view0, defectId };

  useEffect(() => {
    listenForDefects();
  }, []);

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

  return (
    <div class="screen defects-shell">
      <h1>{t('defects.web.title')}</h1>
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
      <div class="defects-main">
        {view === 'report' ? <ReportForm projectId={projectId} /> : null}
        {view === 'mine' ? <DefectList projectId={projectId} scope="mine" /> : null}
        {view === 'all' ? (
          <DefectList projectId={projectId} scope="all" managesSpaces={role !== 'corporation'} />
        ) : null}
        {view === 'case' && params.defectId ? (
          <DefectCase key={params.defectId} projectId={projectId} defectId={params.defectId} />
        ) : null}
      </div>
    </div>
  );
}
