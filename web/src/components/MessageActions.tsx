import type { Message } from '../../../server/protocol/messages';
import { t } from '../i18n';
import { ModerationForm, ModerationMenu } from './ModerationMenu';
import { useModeration } from './useModeration';

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
  const state = useModeration(message, onNotice);
  const { mode, setMode, close } = state;
  const id = `message-actions-${message.id}`;

  if (!canFlag && !canHide) return null;

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
        ref={state.toggleRef}
        aria-expanded={mode !== null}
        aria-controls={id}
        aria-label={t('moderation.web.actions', { name: message.author.name })}
        onClick={() => (mode ? close() : setMode('menu'))}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div id={id} hidden={mode === null}>
        {mode === 'menu' ? (
          <ModerationMenu state={state} canFlag={canFlag} canHide={canHide} />
        ) : null}
        {mode === 'flag' || mode === 'hide' ? <ModerationForm state={state} id={id} /> : null}
      </div>
    </div>
  );
}
