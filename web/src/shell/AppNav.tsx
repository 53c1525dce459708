import { Icon } from '../components/Icon';
import { UnreadBadge } from '../components/UnreadBadge';
import type { Project } from '../../../server/protocol/projects';
import { t } from '../i18n';
import { featureHref, type Feature } from '../features/feature';

/**
 * The main navigation, one list for every screen size: on a phone a bottom bar with the
 * `tab` features and "More" (the menu); on a wider screen a side bar with everything. A tab
 * with a short label shows it only in the bottom bar (CSS picks one of the two).
 */
export function AppNav({
  project,
  features,
  activeId,
}: {
  project: Project;
  features: Feature[];
  activeId: string;
}) {
  return (
    <nav class="app-nav" aria-label={t('shell.main_nav')}>
      <ul>
        {features.map((f) => (
          <li key={f.id} class={f.tab ? 'nav-item tab' : 'nav-item extra'}>
            <a
              class="nav-link"
              href={featureHref(project.id, f)}
              aria-current={f.id === activeId ? 'page' : undefined}
            >
              {f.icon ? <Icon name={f.icon} /> : null}
              {f.tab && f.tabLabel ? (
                <>
                  <span class="nav-label only-wide">{t(f.label)}</span>
                  <span class="nav-label only-narrow">{t(f.tabLabel)}</span>
                </>
              ) : (
                <span class="nav-label">{t(f.label)}</span>
              )}
              <UnreadBadge count={f.badge?.(project) ?? 0} label={f.badgeLabel} />
            </a>
          </li>
        ))}
        <li class="nav-item more">
          <a
            class="nav-link"
            href={`/p/${project.id}/menu`}
            aria-current={activeId === 'menu' ? 'page' : undefined}
          >
            <Icon name="more" />
            <span class="nav-label">{t('shell.nav.more')}</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}
