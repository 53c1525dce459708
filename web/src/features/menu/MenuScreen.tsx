import { Icon } from '../../components/Icon';
import { UnreadBadge } from '../../components/UnreadBadge';
import { t } from '../../i18n';
import { projects } from '../../state/session';
import { featureHref, visibleFeatures, type FeatureProps } from '../feature';
import { features } from '../registry';

/** On a phone, "More" opens this list of every screen (the side bar shows it on a desktop). */
export function MenuScreen({ project }: FeatureProps) {
  const mine = visibleFeatures(features, project.myRole);
  const others = projects.value.filter((p) => p.id !== project.id);
  return (
    <div class="screen">
      <h1>{t('shell.menu_title')}</h1>
      <ul class="menu-list">
        {mine.map((f) => (
          <li key={f.id}>
            <a class="button menu-item" href={featureHref(project.id, f)}>
              {f.icon ? <Icon name={f.icon} /> : null}
              <span>{t(f.label)}</span>
              <UnreadBadge count={f.badge?.(project) ?? 0} label={f.badgeLabel} />
            </a>
          </li>
        ))}
      </ul>
      {others.length ? (
        <>
          <h2>{t('shell.other_projects')}</h2>
          <ul class="menu-list">
            {others.map((p) => (
              <li key={p.id}>
                <a class="button menu-item" href={`/p/${p.id}`}>
                  {p.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
