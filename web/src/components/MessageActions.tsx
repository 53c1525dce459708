import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message } from '../../../server/protocol/messages';
import type { FlagResult } from '../../../server/protocol/moderation';
import { ApiError, http } from '../api/http';
import { t } from '../i18n';

type Mode = 'menu' | 'flag' | 'hide';

/**
 * The small menu on a message in a shared room: "Meld dit bericht" (someone else's message, to
 * staff) and, for staff, "Verberg bericht" (with a reason the author is told privately). Plain
 * buttons and a form with labels: reachable by keyboard, Escape closes and returns focus.
 * What happened is said in the room's status line (`onNotice`); the room itself hears nothing.
 */
export function MessageActions({
  message,
  canFlag,
  canHide,
  onNotice,
}: {
  message: Message;
  canFlag: boolean;
  canHide: boolean;
  onNotice: (text: string) => void;
}) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const id = `message-actions-${message.id}`;

  useEffect(() => {
    if (mode === 'menu') firstRef.current?.focus();
    if (mode === 'flag' || mode === 'hide') fieldRef.current?.focus();
  }, [mode]);

  if (!canFlag && !canHide) return null;

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
        const result = await http.post<FlagResult>(
          `/api/messages/${message.id}/flag`,
          note ? { note } : {},
        );
        onNotice(result.notice);
      } else {
        await http.post<Message>(`/api/messages/${message.id}/hide`, { reason: text.trim() });
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

  const flagging = mode === 'flag';
  const errorId = `${id}-error`;
  return (
    <div
      class="message-actions"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && mode) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        class="button subtle message-menu"
        ref={toggleRef}
        aria-expanded={mode !== null}
        aria-controls={id}
        aria-label={t('moderation.web.actions', { name: message.author.name })}
        onClick={() => (mode ? close() : setMode('menu'))}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div id={id} hidden={mode === null}>
        {mode === 'menu' ? (
          <div class="button-row">
            {canFlag ? (
              <button type="button" class="button" ref={firstRef} onClick={() => setMode('flag')}>
                {t('moderation.web.flag')}
              </button>
            ) : null}
            {canHide ? (
              <button
                type="button"
                class="button"
                ref={canFlag ? undefined : firstRef}
                onClick={() => setMode('hide')}
              >
                {t('moderation.web.hide')}
              </button>
            ) : null}
          </div>
        ) : null}
        {mode === 'flag' || mode === 'hide' ? (
          <form class="stack moderation-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`} class="form-title">
              {t(flagging ? 'moderation.web.flag_title' : 'moderation.web.hide_title')}
            </h2>
            <p>{t(flagging ? 'moderation.web.flag_intro' : 'moderation.web.hide_intro')}</p>
            <label for={`${id}-text`}>
              {t(flagging ? 'moderation.web.flag_note' : 'moderation.web.hide_reason')}
            </label>
            <textarea
              id={`${id}-text`}
              ref={fieldRef}
              rows={2}
              maxLength={flagging ? 500 : 300}
              required={!flagging}
              minLength={flagging ? undefined : 2}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            {error ? (
              <p id={errorId} class="error" role="alert">
                {error}
              </p>
            ) : null}
            <div class="button-row">
              <button type="submit" class="button primary" disabled={busy}>
                {t(flagging ? 'moderation.web.flag_send' : 'moderation.web.hide_send')}
              </button>
              <button type="button" class="button subtle" onClick={close}>
                {t('moderation.web.cancel')}
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
