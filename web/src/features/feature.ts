import type { ComponentType } from 'preact';
import type { MessageKey } from '../../../server/i18n/catalogue';
import type { Me, Project } from '../../../server/protocol/projects';
import type { Role } from '../../../server/protocol/roles';
import type { IconName } from '../components/Icon';

/** What every screen of a project gets. */
export interface FeatureProps {
  project: Project;
  me: Me;
}

/**
 * A screen in a project, with its entry in the navigation. `features/registry.ts` lists them;
 * the shell builds the routes, the phone's bottom bar, the desktop side bar and the menu from
 * that list, and the accessibility test visits every one of them.
 */
export interface Feature {
  id: string;
  /** Path under `/p/:projectId/` (no leading slash); '' is the project's start screen. */
  path: string;
  label: MessageKey;
  /** A shorter label for the phone's bottom bar, where five entries share 360 px. */
  tabLabel?: MessageKey;
  icon?: IconName;
  /** Membership roles that see it; everyone in the project when left out. */
  roles?: readonly Role[];
  /** Also in the phone's bottom bar (keep those to four); every feature is in the menu. */
  tab?: boolean;
  /** A number shown on the navigation entry (unread messages, open items). */
  badge?: (project: Project) => number;
  /** What the number means for a screen reader ("{count} dringend"); "{count} nieuw" when left out. */
  badgeLabel?: MessageKey;
  component: ComponentType<FeatureProps>;
  /** Shown only when this holds (e.g. Discord is switched on for this server). */
  available?: () => boolean;
}

export function visibleFeatures(all: readonly Feature[], role: Role): Feature[] {
  return all.filter((f) => (!f.roles || f.roles.includes(role)) && (f.available?.() ?? true));
}

export function featureHref(projectId: string, feature: Pick<Feature, 'path'>): string {
  return feature.path ? `/p/${projectId}/${feature.path}` : `/p/${projectId}`;
}
