import { t } from '../i18n';
import type { Moderation } from './useModeration';

/** The menu's choices: flag (someone else's message) and, for staff, hide. */
export function ModerationMenu({
  state,
  canFlag,
  canHide,
}: {
  state: Moderation;
  canFlag: boolean;
  canHide: boolean;
}) {
  return (
    <div class="button-row">
      {canFlag ? (
        <button
          type="button"
          class="button"
          ref={state.firstRef}
          onClick={() => state.setMode('flag')}
        >
          {t('moderation.web.flag')}
        </button>
      ) : null}
      {canHide ? (
        <button
          type="button"
          class="button"
          ref={canFlag ? undefined : state.firstRef}
          onClick={() => state.setMode('hide')}
        >
          {t('moderation.web.hide')}
        </button>
      ) : null}
    </div>
  );
}

/** Flag to staff (an optional note) or hide (a reason the author is told privately). */
export function ModerationForm({ state, id }: { state: Moderation; id: string }) {
  const { error } = state;
  const flagging = state.mode === 'flag';
  const errorId = `${id}-error`;
  return (
    <form class="stack moderation-form" onSubmit={state.submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="form-title">
        {t(flagging ? 'moderation.web.flag_title' : 'moderation.web.hide_title')}
      </h2>
      <p>{t(flagging ? 'moderation.web.flag_intro' : 'moderation.web.hide_intro')}</p>
      <label for={`${id}-text`}>
        {t(flagging ? 'moderation.web.flag_note' : 'moderation.web.hide_reason')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={state.fieldRef}
        rows={2}
        maxLength={flagging ? 500 : 300}
        required={!flagging}
        minLength={flagging ? undefined : 2}
        value={state.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => state.setText(e.currentTarget.value)}
      />
      {error ? (
        <p id={errorId} class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="button-row">
        <button type="submit" class="button primary" disabled={state.busy}>
          {t(flagging ? 'moderation.web.flag_send' : 'moderation.web.hide_send')}
        </button>
        <button type="button" class="button subtle" onClick={state.close}>
          {t('moderation.web.cancel')}
        </button>
      </div>
    </form>
  );
}
