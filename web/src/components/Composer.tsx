import { useLocation } from 'preact-iso';
import { useRef, useState } from 'preact/hooks';
import type { Message } from '../../../server/protocol/messages';
import type { Project } from '../../../server/protocol/projects';
import { t } from '../i18n';
import { blameIn } from '../state/blameCheck';
import { notifyTyping, sendMessage } from '../state/chat';
import { BlameReminder } from './BlameReminder';

/**
 * The box to write in (Enter sends, Shift+Enter is a new line). In a shared room a text that
 * names a neighbour with a label first gets a kind reminder; the person may still send it.
 */
export function Composer({
  channelId,
  shared,
  messages,
  onSend,
}: {
  channelId: string;
  shared: Project | undefined;
  messages: Message[];
  onSend: () => void;
}) {
  const { route } = useLocation();
  const [draft, setDraft] = useState('');
  const [reminder, setReminder] = useState(false);
  const composerRef = useRef<HTMLTextAreaElement>(null);

  async function send(body: string) {
    setDraft('');
    setReminder(false);
    onSend();
    composerRef.current?.focus();
    await sendMessage(channelId, body);
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

  return (
    <>
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
            notifyTyping(channelId);
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
    </>
  );
}
