import { useRoute } from 'preact-iso';
import type { InvitePreview } from '../../../server/protocol/auth';
import type { Me } from '../../../server/protocol/projects';
import { ErrorText, Page } from '../components/Page';
import { t } from '../i18n';
import { useJoin, type Join } from './useJoin';

export function JoinPage() {
  const { params } = useRoute();
  const code = params.code ?? '';
  const state = useJoin(code);
  const { preview, invalid, current, name, setName, error, fieldError, busy, join } = state;

  if (invalid) {
    return (
      <Page title={t('web.welcome_title')}>
        <ErrorText message={t('web.join_invalid')} />
      </Page>
    );
  }

  if (!preview || current === undefined) return <Page title={t('web.loading')}>{null}</Page>;
  if (current) return <JoinAsCurrent state={state} preview={preview} current={current} />;
  return (
    <Page title={t('web.join_title', { project: preview.projectName })}>
      <p>{t('web.join_text', { role: t(`web.role.${preview.role}`) })}</p>
      <form onSubmit={join} class="stack" noValidate>
        <label for="display-name">{t('web.join_name_label')}</label>
        <input
          id="display-name"
          name="displayName"
          autocomplete="given-name"
          required
          minLength={2}
          maxLength={40}
          value={name}
          aria-invalid={fieldError ? 'true' : undefined}
          aria-describedby={fieldError ? 'display-name-error' : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {fieldError ? (
          <p id="display-name-error" class="error">
            {fieldError}
          </p>
        ) : null}
        <button type="submit" class="button primary" disabled={busy}>
          {t('web.join_button')}
        </button>
        <ErrorText message={error} />
      </form>
    </Page>
  );
}

/** Signed in on this device: join as that person (asked explicitly), or sign out first. */
function JoinAsCurrent({
  state,
  preview,
  current,
}: {
  state: Join;
  preview: InvitePreview;
  current: Me;
}) {
  return (
    <Page title={t('web.join_title', { project: preview.projectName })}>
      <h2>{t('web.join_as_question', { name: current.displayName })}</h2>
      <p>{t('web.join_as_text', { name: current.displayName })}</p>
      <form onSubmit={state.join} class="stack">
        <button type="submit" class="button primary" disabled={state.busy}>
          {t('web.join_as_button', { name: current.displayName })}
        </button>
        <button
          type="button"
          class="button subtle"
          disabled={state.busy}
          onClick={() => void state.signOut()}
        >
          {t('web.join_as_other')}
        </button>
        <ErrorText message={state.error} />
      </form>
    </Page>
  );
}
