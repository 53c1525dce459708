import { useLocation } from 'preact-iso';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isSharedRoom } from '../../../server/protocol/moderationTypes';
import type { Channel, Project } from '../../../server/protocol/projects';
import { channelName } from '../channelName';
import { staffRoles } from '../features/feature';
import { t } from '../i18n';
import { blameIn, prepareBlameCheck } from '../state/blameCheck';
import {
  loadOlder,
  markRead,
  messagesByChannel,
  notifyTyping,
  olderCursor,
  openChannel,
  pending,
  sendMessage,
  status,
  typing,
} from '../state/chat';
import { me } from '../state/session';
import { BlameReminder } from './BlameReminder';
import { MessageActions } from './MessageActions';
import { MessageItem } from './MessageItem';

/** How close to the bottom (px) still counts as "reading the newest messages". */
const NEAR_BOTTOM = 120;

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
  const { route } = useLocation();
  const [draft, setDraft] = useState('');
  const [reminder, setReminder] = useState(false);
  const [notice, setNotice] = useState('');
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const keepFromBottom = useRef<number | null>(null);
  const stickToBottom = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  const loadingOlder = useRef(false);
  const messages = messagesByChannel.value[channel.id] ?? [];
  const shown = messages.filter((m) => !m.deleted);
  const shared = project && isSharedRoom(channel.kind) ? project : undefined;
  const isStaff = shared ? staffRoles.includes(shared.myRole) : false;
  const waiting = pending.value.filter((p) => p.channelId === channel.id);
  const typers = (typing.value[channel.id] ?? []).filter((e) => e.userId !== me.value?.id);
  const room = title ?? channelName(channel);
  const hasOlder = Boolean(olderCursor.value[channel.id]);
  const offline = status.value === 'offline';
  const last = messages[messages.length - 1];
  const latestBotId = last?.author.role === 'bot' ? last.id : undefined;

  useEffect(() => {
    stickToBottom.current = true;
    void openChannel(channel.id);
    if (shared) prepareBlameCheck(shared.id);
  }, [channel.id]);

  async function older() {
    const list = listRef.current;
    if (!list || loadingOlder.current || !olderCursor.value[channel.id]) return;
    loadingOlder.current = true;
    keepFromBottom.current = list.scrollHeight - list.scrollTop;
    try {
      await loadOlder(channel.id);
    } finally {
      loadingOlder.current = false;
    }
  }

  // Older messages were added above: keep what the person was reading in the same place.
  const first = messages[0]?.seq;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || keepFromBottom.current === null) return;
    list.scrollTop = list.scrollHeight - keepFromBottom.current;
    keepFromBottom.current = null;
  }, [first]);

  // Newer messages: follow them when at the bottom; mark them read.
  const newest = last?.seq ?? 0;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && stickToBottom.current) list.scrollTop = list.scrollHeight;
    if (newest > channel.lastReadSeq && stickToBottom.current) markRead(channel.id, newest);
  }, [newest, waiting.length]);

  // Reaching the top loads older messages by itself.
  useEffect(() => {
    const list = listRef.current;
    const top = topRef.current;
    if (!list || !top || !hasOlder || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && list.scrollHeight > list.clientHeight)
          void older();
      },
      { root: list, rootMargin: '200px 0px 0px 0px' },
    );
    observer.observe(top);
    return () => observer.disconnect();
  }, [hasOlder, channel.id]);

  function onScroll() {
    const list = listRef.current;
    if (!list) return;
    stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_BOTTOM;
    if (stickToBottom.current !== atBottom) setAtBottom(stickToBottom.current);
    if (stickToBottom.current && newest > channel.lastReadSeq) markRead(channel.id, newest);
  }

  async function send(body: string) {
    setDraft('');
    setReminder(false);
    stickToBottom.current = true;
    composerRef.current?.focus();
    await sendMessage(channel.id, body);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return;
    // A label about a neighbour: ask kindly first (the person may still send it).
    if (shared && (await blameIn(body, shared.id, messages))) {
      setReminder(true);
      return;
    }
    await send(body);
  }

  const unseen = !atBottom && newest > channel.lastReadSeq;

  return (
    <section class="chat" aria-labelledby={`room-title-${channel.id}`}>
      <h1 id={`room-title-${channel.id}`} class="visually-hidden">
        {room}
      </h1>
      <div
        class="messages"
        ref={listRef}
        onScroll={onScroll}
        role="log"
        aria-live="polite"
        aria-label={t('web.messages_region', { room })}
        tabIndex={0}
      >
        <div ref={topRef} class="history-top">
          {hasOlder ? (
            <button type="button" class="button subtle older" onClick={() => void older()}>
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
                  <MessageActions
                    message={m}
                    canFlag={m.author.id !== me.value?.id && m.author.role !== 'bot'}
                    canHide={isStaff && m.author.id !== me.value?.id}
                    onNotice={setNotice}
                  />
                ) : undefined
              }
              onChoose={
                m.id === latestBotId
                  ? (label, value) => {
                      stickToBottom.current = true;
                      void sendMessage(channel.id, label, value);
                    }
                  : undefined
              }
            />
          ))}
          {waiting.map((p) => (
            <li key={p.clientId} class="message own pending" data-pending="true">
              <p class="body">{p.body}</p>
              <p class={p.failed ? 'meta error' : 'meta'}>
                {p.failed
                  ? t('web.send_failed', { reason: p.failed })
                  : offline
                    ? t('shell.waiting_for_connection')
                    : t('web.sending')}
              </p>
            </li>
          ))}
        </ol>
      </div>
      {unseen ? (
        <button
          type="button"
          class="button subtle jump"
          onClick={() => {
            const list = listRef.current;
            stickToBottom.current = true;
            setAtBottom(true);
            if (list) list.scrollTop = list.scrollHeight;
            markRead(channel.id, newest);
          }}
        >
          {t('shell.new_messages')}
        </button>
      ) : null}
      <p class="typing muted" aria-live="polite">
        {typers.length === 1 ? t('web.typing_one', { name: typers[0]!.name }) : null}
        {typers.length > 1
          ? t('web.typing_many', { names: typers.map((x) => x.name).join(', ') })
          : null}
      </p>
      <p class="room-notice muted" role="status">
        {notice}
      </p>
      {reminder ? (
        <BlameReminder
          onSend={() => void send(draft.trim())}
          onEdit={() => {
            setReminder(false);
            composerRef.current?.focus();
          }}
          onReport={() => shared && route(`/p/${shared.id}/bot`)}
        />
      ) : null}
      <form class="composer" onSubmit={submit}>
        <label for="composer-input" class="visually-hidden">
          {t('web.composer_label')}
        </label>
        <textarea
          id="composer-input"
          ref={composerRef}
          rows={2}
          maxLength={4000}
          placeholder={t('web.composer_placeholder')}
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setReminder(false);
            notifyTyping(channel.id);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              (e.currentTarget.form as HTMLFormElement).requestSubmit();
            }
          }}
        />
        <button type="submit" class="button primary">
          {t('web.send')}
        </button>
      </form>
    </section>
  );
}
