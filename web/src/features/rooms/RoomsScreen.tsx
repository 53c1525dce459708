import { useLocation, useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { ChatRoom } from '../../components/ChatRoom';
import { RoomNav } from '../../components/RoomNav';
import { t } from '../../i18n';
import { channels, online, status, unreadIn } from '../../state/chat';
import type { FeatureProps } from '../feature';
import type { Project } from '../../../../server/protocol/projects';

/**
 * The project's rooms (common room, activities, staff room, concern threads) with live chat.
 * Opened without a room (the "Kamers" entry, whose badge counts unread messages), it goes to
 * the first room with unread messages, so the count leads somewhere; otherwise the common room.
 */
export function RoomsScreen({ project }: FeatureProps) {
  const { params } = useRoute();
  const { route } = useLocation();
  const rooms = roomsOf(project.id);
  const unreadRoom = params.channelId ? undefined : rooms.find((c) => unreadIn(c) > 0);
  const current =
    rooms.find((c) => c.id === params.channelId) ??
    unreadRoom ??
    rooms.find((c) => c.kind === 'common') ??
    rooms[0];

  // Put the room in the address, so reading it (the count drops) does not move to another room.
  useEffect(() => {
    if (unreadRoom) route(`/p/${project.id}/${unreadRoom.id}`, true);
  }, [unreadRoom?.id]);

  const onlineCount = (online.value[project.id] ?? []).length;
  return (
    <div class="rooms-screen">
      <div class="room-bar">
        <RoomNav projectId={project.id} rooms={rooms} currentId={current?.id} />
        {status.value === 'online' ? (
          <p class="online-count muted">
            <span class="dot online" aria-hidden="true" />
            {t('web.online_count', { count: onlineCount })}
          </p>
        ) : null}
      </div>
      {current ? (
        <ChatRoom key={current.id} channel={current} project={project} />
      ) : (
        <p class="page-pad">{t('web.loading')}</p>
      )}
    </div>
  );
}

/** Rooms shown as tabs: everything readable except the private Buurtbot conversation. */
export function roomsOf(projectId: string) {
  return channels.value.filter((c) => c.projectId === projectId && c.kind !== 'bot');
}

export function unreadRooms(project: Project): number {
  return roomsOf(project.id).reduce((sum, c) => sum + unreadIn(c), 0);
}
