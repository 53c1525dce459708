import type { Channel } from '../../../server/protocol/projects';
import { channelName } from '../channelName';
import { t } from '../i18n';
import { ConcernNavLink } from '../features/concerns/pages';

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
        {rooms.map((room) => {
          const unread = Math.max(0, room.lastSeq - room.lastReadSeq);
          return (
            <li key={room.id}>
              <a
                href={`/p/${projectId}/${room.id}`}
                class={room.id === currentId ? 'room-link active' : 'room-link'}
                aria-current={room.id === currentId ? 'page' : undefined}
              >
                {channelName(room)}
                {unread > 0 && room.id !== currentId ? <span class="badge">{unread}</span> : null}
              </a>
            </li>
          );
        })}
        <ConcernNavLink projectId={projectId} currentId={currentId} />
      </ul>
    </nav>
  );
}
