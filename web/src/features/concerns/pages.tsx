import type { FunctionComponent } from 'preact';
import { t } from '../../i18n';
import { projects } from '../../state/session';
import type { Role } from '../../../../server/protocol/roles';
import { CorporationPage } from './CorporationPage';
import { MyConcernsPage } from './MyConcernsPage';
import { StaffDashboard } from './StaffDashboard';

/** Support staff and admins (kept here so the web bundle does not load zod for it). */
export function isStaffRole(role: Role): boolean {
  return role === 'staff' || role === 'admin';
}

/** The concerns screens, by the last part of `/p/:projectId/<page>`. */
export const concernPages: Record<string, FunctionComponent<{ projectId: string }>> = {
  meldingen: MyConcernsPage,
  dashboard: StaffDashboard,
  zaken: CorporationPage,
};

function pageFor(role: Role): { path: string; label: string } {
  if (isStaffRole(role)) return { path: 'dashboard', label: t('concerns.web.nav_dashboard') };
  if (role === 'corporation') return { path: 'zaken', label: t('concerns.web.nav_cases') };
  return { path: 'meldingen', label: t('concerns.web.nav_mine') };
}

/** The navigation entry for this person's concerns screen (by their role in the project). */
export function ConcernNavLink({
  projectId,
  currentId,
}: {
  projectId: string;
  currentId?: string;
}) {
  const role = projects.value.find((p) => p.id === projectId)?.myRole;
  if (!role) return null;
  const { path, label } = pageFor(role);
  const active = currentId === path;
  return (
    <li>
      <a
        href={`/p/${projectId}/${path}`}
        class={active ? 'room-link active' : 'room-link'}
        aria-current={active ? 'page' : undefined}
      >
        {label}
      </a>
    </li>
  );
}
