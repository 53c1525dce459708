import { useState } from 'preact/hooks';
import { isSharedRoom } from '../../../server/protocol/moderationTypes';
import type { Channel, Project } from '../../../server/protocol/projects';
import { isStaffRole } from '../../../server/protocol/roles';
import { channelName } from '../channelName';
import { t } from '../i18n';
import { pending, sendMessage, typing } from '../state/chat';
import { me } from '../state/session';
import { Composer } from './Composer';
import { MessageLog } from './MessageLog';
import { useMessageLog } from './useMessageLog';

/**
 * One room: history that loads older messages when scrolled to the top (or with the button),
 * keeping the reading position; new messages scroll into view only when the person is at the
 * bottom; messages typed offline show as "waiting" until the connection returns. Deleted and
 * hidden messages are not shown. In a shared room (with its `project`), each message of someone
 * else can be flagged to staff, staff can hide one, and a text that names a neighbour with a
 * label gets a kind reminder before it is sent.
 */
export function ChatRoom({
  channel,
  title,
  project,
}: {
  channel: Channel;
  title?: string;
  project?: Project;
}) {
  const [notice, setNotice] = useState('');
  const shared = project && isSharedRoom(channel.kind) ? project : undefined;
  const isStaff = shared ? isStaffRole(shared.myRole) : false;
  const waiting = pending.value.filter((p) => p.channelId === channel.id);
  const room = title ?? channelName(channel);
  const log = useMessageLog(channel, shared, waiting.length);

  return (
    <section class="chat" aria-labelledby={`room-title-${channel.id}`}>
      <h1 id={`room-title-${channel.id}`} class="visually-hidden">
        {room}
      </h1>
      <MessageLog
        log={log}
        room={room}
        shared={shared}
        isStaff={isStaff}
        waiting={waiting}
        onNotice={setNotice}
        onChoose={(label, value) => {
          log.follow();
          void sendMessage(channel.id, label, value);
        }}
      />
      {log.unseen ? (
        <button type="button" class="button subtle jump" onClick={log.jumpToNewest}>
          {t('shell.new_messages')}
        </button>
      ) : null}
      <TypingLine channelId={channel.id} />
      <p class="room-notice muted" role="status">
        {notice}
      </p>
      <Composer
        channelId={channel.id}
        shared={shared}
        messages={log.messages}
        onSend={log.follow}
      />
    </section>
  );
}

/** Who else is typing in the room right now. */
function TypingLine({ channelId }: { channelId: string }) {
  const typers = (typing.value[channelId] ?? []).filter((e) => e.userId !== me.value?.id);
  return (
    <p class="typing muted" aria-live="polite">
      {typers.length === 1 ? t('web.typing_one', { name: typers[0]!.name }) : null}
      {typers.length > 1
        ? t('web.typing_many', { names: typers.map((x) => x.name).join(', ') })
        : null}
    </p>
  );
}
