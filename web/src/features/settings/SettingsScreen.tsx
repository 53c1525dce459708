import { t } from '../../i18n';
import type { FeatureProps } from '../feature';
import { settingsSections } from './sections';

/** Every settings section that applies to this person, each with its own heading. */
export function SettingsScreen(props: FeatureProps) {
  const sections = settingsSections.filter((s) => !s.visible || s.visible(props));
  return (
    <div class="screen">
      <h1>{t('settings.title')}</h1>
      {sections.map((section) => (
        <section key={section.id} class="card" aria-labelledby={`settings-${section.id}`}>
          <h2 id={`settings-${section.id}`}>{t(section.title)}</h2>
          <section.component {...props} />
        </section>
      ))}
    </div>
  );
}
