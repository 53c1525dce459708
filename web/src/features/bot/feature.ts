import type { Feature } from '../feature';
import { BotScreen, unreadBot } from './BotScreen';

export const botFeature: Feature = {
  id: 'bot',
  path: 'bot',
  label: 'shell.nav.bot',
  icon: 'bot',
  tab: true,
  badge: unreadBot,
  component: BotScreen,
};
