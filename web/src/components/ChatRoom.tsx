import { useEffect, useRef, useState } from 'preact/hooks';
import type { Channel } from '../../../server/protocol/projects';
import { channelName } from '../channelName';
import { t } from '../i18n';
import {
  loadOlder,
  markRead,
  messagesByChannel,
  notifyTyping,
  olderCursor,
  openChannel,
  pending,
  sendMessage,
  typing,
} from '../state/chat';
import { me } from '../state/session';
import { MessageItem } from './MessageItem';

export function ChatRoom({ channel }: { channel: Channel }) {
  const [draft, setDraft] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const messages = messagesByChannel.value[channel.id] ?? [];
  const waiting = pending.value.filter((p) => p.channelId === channel.id);
  const typers = (typing.value[channel.id] ?? []).filter((e) => e.userId !== me.value?.id);
  const room = channelName(channel);
  const latestBotId =
    messages[messages.length - 1]?.author.role === 'bot'
      ? messages[messages.length - 1]?.id
      : undefined;

  useEffect(() => {
    void openChannel(channel.id);
  }, [channel.id]);

  const newest = messages[messages.length - 1]?.seq ?? 0;
  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'end' });
    if (newest > channel.lastReadSeq) markRead(channel.id, newest);
  }, [newest, waiting.length]);

  async function submit(event: Event) {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return;
    setDraft('');
    await sendMessage(channel.id, body);
  }

  return (
    <section class="chat" aria-label={room}>
      <h2 class="visually-hidden">{room}</h2>
      {olderCursor.value[channel.id] ? (
        <button
          type="button"
          class="button subtle older"
          onClick={() => void loadOlder(channel.id)}
        >
          {t('web.older_messages')}
        </button>
      ) : null}
      <ol
        class="messages"
        ref={listRef}
        role="log"
        aria-live="polite"
        aria-label={t('web.messages_region', { room })}
      >
        {messages.length === 0 && waiting.length === 0 ? (
          <li class="muted empty">{t('web.no_messages')}</li>
        ) : null}
        {messages.map((m) => (
          <MessageItem
            key={m.id}
            message={m}
            own={m.author.id === me.value?.id}
            onChoose={
              m.id === latestBotId
                ? (label, value) => void sendMessage(channel.id, label, value)
                : undefined
            }
          />
        ))}
        {waiting.map((p) => (
          <li key={p.clientId} class="message own pending">
            <p class="body">{p.body}</p>
            <p class={p.failed ? 'meta error' : 'meta'}>
              {p.failed ? t('web.send_failed', { reason: p.failed }) : t('web.sending')}
            </p>
          </li>
        ))}
      </ol>
      <p class="typing muted" aria-live="polite">
        {typers.length === 1 ? t('web.typing_one', { name: typers[0]!.name }) : null}
        {typers.length > 1
          ? t('web.typing_many', { names: typers.map((x) => x.name).join(', ') })
          : null}
      </p>
      <form class="composer" onSubmit={submit}>
        <label for="composer-input" class="visually-hidden">
          {t('web.composer_label')}
        </label>
        <textarea
          id="composer-input"
          rows={2}
          maxLength={4000}
          placeholder={t('web.composer_placeholder')}
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
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
