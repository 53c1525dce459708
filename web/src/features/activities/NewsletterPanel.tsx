import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import type { Newsletter } from '../../../../server/protocol/routes/activities';
import { t } from '../../i18n';
import { errorText } from './errors';

/** The weekly newsletter: draft from the week, edit, post to the common room (coordinators, staff). */
export function NewsletterPanel({ projectId }: { projectId: string }) {
  const [current, setCurrent] = useState<Newsletter | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void api(routes.newsletters.list, { query: { projectId } }).then((r) =>
      setCurrent(r.newsletters.find((n) => n.status === 'draft')),
    );
  }, [projectId]);

  async function act(work: () => Promise<void>) {
    try {
      setError(undefined);
      await work();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <section class="panel" aria-labelledby="news-title">
      <h2 id="news-title">{t('activities.web.news_title')}</h2>
      {!current ? (
        <button
          type="button"
          class="button"
          onClick={() =>
            act(async () => {
              const r = await api(routes.newsletters.draft, { body: { projectId } });
              setCurrent(r.newsletter);
            })
          }
        >
          {t('activities.web.news_draft')}
        </button>
      ) : (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              const saved = await api(routes.newsletters.update, {
                params: { newsletterId: current.id },
                body: { title: current.title, body: current.body },
              });
              await api(routes.newsletters.post, { params: { newsletterId: saved.newsletter.id } });
              setCurrent(undefined);
              setStatus(t('activities.web.news_posted'));
            });
          }}
        >
          <label for="news-title-input">{t('activities.web.news_heading')}</label>
          <input
            id="news-title-input"
            value={current.title}
            onInput={(e) => setCurrent({ ...current, title: (e.target as HTMLInputElement).value })}
          />
          <label for="news-body">{t('activities.web.news_body')}</label>
          <textarea
            id="news-body"
            rows={12}
            value={current.body}
            onInput={(e) =>
              setCurrent({ ...current, body: (e.target as HTMLTextAreaElement).value })
            }
          />
          <button type="submit" class="button primary">
            {t('activities.web.news_post')}
          </button>
        </form>
      )}
      {status ? <p role="status">{status}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
