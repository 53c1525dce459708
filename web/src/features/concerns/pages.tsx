import type { FeatureProps } from '../feature';
import type { Role } from '../../../../server/protocol/roles';
import { CorporationPage } from './CorporationPage';
import { MyConcernsPage } from './MyConcernsPage';
import { StaffDashboard } from './StaffDashboard';

/** Support staff and admins (kept here so the web bundle does not load zod for it). */
export function isStaffRole(role: Role): boolean {
  return role === 'staff' || role === 'admin';
}

/** The concerns screens as navigation features (see `features/registry.ts`). */
export function MyConcernsScreen({ project }: FeatureProps) {
  return <MyConcernsPage projectId={project.id} />;
}

export function StaffDashboardScreen({ project }: FeatureProps) {
  return <StaffDashboard projectId={project.id} />;
}

export function CorporationScreen({ project }: FeatureProps) {
  return <CorporationPage projectId={project.id} />;
}
