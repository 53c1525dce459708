import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message } from '../../../server/protocol/messages';
import { ApiError, api } from '../api/http';
import { routes } from '../../../server/protocol/routes';
import { t } from '../i18n';

/** What the message menu shows: the choices, the flag form or the hide form. */
export type ModerationMode = 'menu' | 'flag' | 'hide';

/**
 * The message menu's state: which part is open (focus moves into it), the text typed, and the
 * flag or hide sent; closing returns focus to the menu button.
 */
export function useModeration(message: Message, onNotice: (text: string) => void) {
  const [mode, setMode] = useState<ModerationMode | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode === 'menu') firstRef.current?.focus();
    if (mode === 'flag' || mode === 'hide') fieldRef.current?.focus();
  }, [mode]);

  function close() {
    setMode(null);
    setText('');
    setError(undefined);
    toggleRef.current?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'flag') {
        const note = text.trim();
        const result = await api(routes.moderation.flag, {
          params: { messageId: message.id },
          body: note ? { note } : {},
        });
        onNotice(result.notice);
      } else {
        await api(routes.moderation.hide, {
          params: { messageId: message.id },
          body: { reason: text.trim() },
        });
        onNotice(t('moderation.web.hidden_done'));
      }
      close();
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? (failure.payload.fields?.reason ??
              failure.payload.fields?.note ??
              failure.payload.message)
          : t('web.error_generic'),
      );
    } finally {
      setBusy(false);
    }
  }

  return {
    mode,
    setMode,
    text,
    setText,
    error,
    busy,
    toggleRef,
    fieldRef,
    firstRef,
    close,
    submit,
  };
}

/** The message menu's state and actions, as its parts receive them. */
export type Moderation = ReturnType<typeof useModeration>;
