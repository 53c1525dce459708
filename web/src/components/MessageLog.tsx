import type { Message } from '../../../server/protocol/messages';
import type { Project } from '../../../server/protocol/projects';
import { t } from '../i18n';
import { status, type PendingMessage } from '../state/chat';
import { me } from '../state/session';
import { MessageActions } from './MessageActions';
import { MessageItem } from './MessageItem';
import type { useMessageLog } from './useMessageLog';

/**
 * The scrolling log of a room: the "older messages" button at the top, the messages (with flag
 * and hide actions in a shared room, choices on the bot's latest message), then the person's own
 * messages still waiting to be sent.
 */
export function MessageLog({
  log,
  room,
  shared,
  isStaff,
  waiting,
  onNotice,
  onChoose,
}: {
  log: ReturnType<typeof useMessageLog>;
  room: string;
  shared: Project | undefined;
  isStaff: boolean;
  waiting: PendingMessage[];
  onNotice: (text: string) => void;
  onChoose: (label: string, value: string) => void;
}) {
  const { messages, hasOlder } = log;
  const shown = messages.filter((m) => !m.deleted);
  const last = messages[messages.length - 1];
  const latestBotId = last?.author.role === 'bot' ? last.id : undefined;
  return (
    <div
      class="messages"
      ref={log.listRef}
      onScroll={log.onScroll}
      role="log"
      aria-live="polite"
      aria-label={t('web.messages_region', { room })}
      tabIndex={0}
    >
      <div ref={log.topRef} class="history-top">
        {hasOlder ? (
          <button type="button" class="button subtle older" onClick={() => void log.older()}>
            {t('web.older_messages')}
          </button>
        ) : null}
      </div>
      {shown.length === 0 && waiting.length === 0 ? (
        <p class="muted empty">{t('web.no_messages')}</p>
      ) : null}
      <ol class="message-list">
        {shown.map((m) => (
          <MessageItem
            key={m.id}
            message={m}
            own={m.author.id === me.value?.id}
            actions={
              shared ? (
                <SharedRoomActions message={m} isStaff={isStaff} onNotice={onNotice} />
              ) : undefined
            }
            onChoose={m.id === latestBotId ? onChoose : undefined}
          />
        ))}
        {waiting.map((p) => (
          <PendingItem key={p.clientId} pending={p} />
        ))}
      </ol>
    </div>
  );
}

/** Flag (someone else's message) and hide (staff) in a shared room. */
function SharedRoomActions({
  message,
  isStaff,
  onNotice,
}: {
  message: Message;
  isStaff: boolean;
  onNotice: (text: string) => void;
}) {
  return (
    <MessageActions
      message={message}
      canFlag={message.author.id !== me.value?.id && message.author.role !== 'bot'}
      canHide={isStaff && message.author.id !== me.value?.id}
      onNotice={onNotice}
    />
  );
}

/** One of the person's own messages not yet acknowledged: sending, waiting or failed. */
function PendingItem({ pending }: { pending: PendingMessage }) {
  const offline = status.value === 'offline';
  return (
    <li class="message own pending" data-pending="true">
      <p class="body">{pending.body}</p>
      <p class={pending.failed ? 'meta error' : 'meta'}>
        {pending.failed
          ? t('web.send_failed', { reason: pending.failed })
          : offline
            ? t('shell.waiting_for_connection')
            : t('web.sending')}
      </p>
    </li>
  );
}
