import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { ErrorText, Page } from '../components/Page';
import { t } from '../i18n';
import { logout, me, projects } from '../state/session';

export function HomePage() {
  const { route } = useLocation();
  const only = projects.value.length === 1 ? projects.value[0] : undefined;
  useEffect(() => {
    if (me.value && only) route(`/p/${only.id}`, true);
  }, [me.value, only]);

  if (me.value === undefined) return <Page title={t('web.loading')}>{null}</Page>;
  if (me.value === null) {
    return (
      <Page title={t('web.welcome_title')}>
        <p>{t('web.welcome_text')}</p>
        <p>{t('web.need_invite')}</p>
        <p>
          <a href="/login">{t('web.staff_login_link')}</a>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('web.projects_title')}>
      {projects.value.length === 0 ? (
        <>
          <ErrorText message={t('web.no_projects')} />
          <button type="button" class="button" onClick={() => void logout()}>
            {t('web.logout')}
          </button>
        </>
      ) : null}
      <ul class="project-list">
        {projects.value.map((p) => (
          <li key={p.id}>
            <a class="button" href={`/p/${p.id}`}>
              {p.name} <span class="muted">({p.municipality})</span>
            </a>
          </li>
        ))}
      </ul>
    </Page>
  );
}
