import type { Channel } from '../../../server/protocol/projects';
import { channelName } from '../channelName';
import { t } from '../i18n';
import { unreadIn } from '../state/chat';
import { UnreadBadge } from './UnreadBadge';

/** The rooms of a project as tabs (Buurtbot has its own place in the main navigation). */
export function RoomNav({
  projectId,
  rooms,
  currentId,
}: {
  projectId: string;
  rooms: Channel[];
  currentId: string | undefined;
}) {
  return (
    <nav class="rooms" aria-label={t('web.rooms')}>
      <ul>
        {rooms.map((room) => (
          <li key={room.id}>
            <a
              href={`/p/${projectId}/${room.id}`}
              class={room.id === currentId ? 'room-link active' : 'room-link'}
              aria-current={room.id === currentId ? 'page' : undefined}
            >
              {channelName(room)}
              {room.id !== currentId ? <UnreadBadge count={unreadIn(room)} /> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
