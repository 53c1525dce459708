import type { Feature } from '../feature';
import { RoomsScreen, unreadRooms } from './RoomsScreen';

/** The project's start screen: its rooms. Also answers `/p/:projectId/:channelId`. */
export const roomsFeature: Feature = {
  id: 'rooms',
  path: '',
  label: 'shell.nav.rooms',
  icon: 'chat',
  tab: true,
  badge: unreadRooms,
  component: RoomsScreen,
};
