import { useEffect, useState } from 'preact/hooks';
import type { Member } from '../../../../server/protocol/projects';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';

/**
 * Staff only: who lives in which home. It is what lets a burenbericht "to number 12" reach
 * the people there; other members never see it.
 */
export function HomesEditor({ projectId, members }: { projectId: string; members: Member[] }) {
  // Undefined until loaded: an empty field shown before then could be typed in and overwritten.
  const [homes, setHomes] = useState<Record<string, string>>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    api(routes.projects.homes, { params: { projectId } })
      .then((r) => setHomes(Object.fromEntries(r.homes.map((h) => [h.userId, h.home ?? '']))))
      .catch(() => setError(t('web.error_generic')));
  }, [projectId]);

  async function save(event: Event, member: Member) {
    event.preventDefault();
    setError(undefined);
    setSaved(undefined);
    const home = (homes?.[member.userId] ?? '').trim();
    try {
      const r = await api(routes.projects.setHome, {
        params: { projectId, userId: member.userId },
        body: { home: home === '' ? null : home },
      });
      setHomes({ ...homes, [member.userId]: r.home ?? '' });
      setSaved(t('members.home_saved', { name: member.name }));
    } catch (e) {
      setError(e instanceof ApiError ? e.payload.message : t('web.error_generic'));
    }
  }

  return (
    <section aria-labelledby="homes-title">
      <h2 id="homes-title">{t('members.homes_title')}</h2>
      <p>{t('members.homes_intro')}</p>
      <ErrorText message={error} />
      <p role="status">{saved}</p>
      {homes === undefined ? (
        !error && <p>{t('web.loading')}</p>
      ) : (
        <ul class="home-list">
          {members.map((m) => (
            <li key={m.userId}>
              <form class="home-form" onSubmit={(event) => void save(event, m)}>
                <label for={`home-${m.userId}`}>{t('members.home_label', { name: m.name })}</label>
                <input
                  id={`home-${m.userId}`}
                  value={homes[m.userId] ?? ''}
                  maxLength={20}
                  placeholder={t('members.home_placeholder')}
                  onInput={(e) =>
                    setHomes({ ...homes, [m.userId]: (e.target as HTMLInputElement).value })
                  }
                />
                <button type="submit" class="button">
                  {t('members.home_save')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
