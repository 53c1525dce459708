import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '../../../components/Page';
import { locale, t } from '../../../i18n';
import { loadCalendarFeeds, renewCalendarLink } from '../../activities/api';
import { errorText } from '../../activities/errors';
import type { FeatureProps } from '../../feature';

/**
 * "Agenda-link": a secret address for a calendar app with the activities the person takes part
 * in. The server keeps only a hash of it, so the address is shown once, right after it is made;
 * making a new one switches the old one off (for a link that was shared by mistake).
 */
export function CalendarSection({ project }: FeatureProps) {
  const [since, setSince] = useState<string | null>();
  const [url, setUrl] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string>();
  const date = new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  });

  useEffect(() => {
    loadCalendarFeeds(project.id)
      .then((feeds) => setSince(feeds.find((f) => f.scope === 'personal')?.createdAt ?? null))
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [project.id]);

  async function make() {
    setBusy(true);
    setError(undefined);
    setCopied(false);
    try {
      setUrl(await renewCalendarLink(project.id, 'personal'));
      setSince(new Date().toISOString());
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.querySelector<HTMLInputElement>('#calendar-link')?.select();
    }
  }

  if (since === undefined) return error ? <ErrorText message={error} /> : <p>{t('web.loading')}</p>;
  return (
    <>
      <p>{t('settings.calendar_intro')}</p>
      {url ? (
        <>
          <label for="calendar-link">{t('settings.calendar_link')}</label>
          <input
            id="calendar-link"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p class="muted">{t('settings.calendar_once')}</p>
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => void copy()}>
              {t('settings.calendar_copy')}
            </button>
          </div>
        </>
      ) : (
        <p>
          {since
            ? t('settings.calendar_since', { date: date.format(new Date(since)) })
            : t('settings.calendar_none')}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class={since ? 'button' : 'button primary'}
          disabled={busy}
          onClick={() => void make()}
        >
          {since ? t('settings.calendar_new') : t('settings.calendar_make')}
        </button>
      </div>
      {since ? <p class="muted">{t('settings.calendar_new_note')}</p> : null}
      <p role="status">{copied ? t('settings.calendar_copied') : null}</p>
      <ErrorText message={error} />
    </>
  );
}
