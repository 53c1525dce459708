import type { ComponentType } from 'preact';
import type { MessageKey } from '../../../../server/i18n/catalogue';
import type { FeatureProps } from '../feature';

/**
 * One part of the settings screen. `sections.ts` lists them in order; a feature adds its own
 * (interests, calendar link, Discord link, download my data, delete my account) with one line
 * there. `visible` hides a section for people it does not apply to.
 */
export interface SettingsSection {
  id: string;
  title: MessageKey;
  component: ComponentType<FeatureProps>;
  visible?: (props: FeatureProps) => boolean;
}
