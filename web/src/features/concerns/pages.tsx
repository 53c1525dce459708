import type { FeatureProps } from '../feature';
import { CorporationPage } from './CorporationPage';
import { MyConcernsPage } from './MyConcernsPage';
import { StaffDashboard } from './StaffDashboard';

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
