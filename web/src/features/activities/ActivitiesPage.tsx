import { useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { Page } from '../../components/Page';
import { t } from '../../i18n';
import { me, projects } from '../../state/session';
import { ActivityCard } from './ActivityCard';
import { CreateForm } from './CreateForm';
import { MyPanel } from './MyPanel';
import { NewsletterPanel } from './NewsletterPanel';
import { board, loadBoard } from './state';

/** The activity board of a project: live places, one-tap sign-up, tasks, and the tools around it. */
export function ActivitiesPage() {
  const { params } = useRoute();
  const projectId = params.projectId ?? '';
  const project = projects.value.find((p) => p.id === projectId);

  useEffect(() => {
    if (me.value && project) void loadBoard(projectId);
  }, [me.value, projectId, project?.id]);

  if (!me.value || !project) return <Page title={t('web.loading')}>{null}</Page>;
  const role = project.myRole;
  const manager = role === 'coordinator' || role === 'staff' || role === 'admin';
  const list = board.value.filter((a) => a.projectId === projectId);
  return (
    <main id="main" class="page wide">
      <p>
        <a href={`/p/${projectId}`}>{t('activities.web.back', { project: project.name })}</a>
      </p>
      <h1>{t('activities.web.title')}</h1>
      {role !== 'corporation' && (manager || role === 'resident') ? (
        <CreateForm projectId={projectId} manager={manager} />
      ) : null}
      <section aria-labelledby="board-title">
        <h2 id="board-title">{t('activities.web.upcoming')}</h2>
        {list.length === 0 ? <p class="muted">{t('activities.web.none')}</p> : null}
        <div class="activity-list">
          {list.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} />
          ))}
        </div>
      </section>
      {role !== 'corporation' ? <MyPanel projectId={projectId} /> : null}
      {manager ? <NewsletterPanel projectId={projectId} /> : null}
      {manager ? (
        <p>
          <a
            class="button subtle"
            href={`/api/activities/participation?projectId=${projectId}&from=${new Date().getFullYear()}-01-01&to=${new Date().toISOString().slice(0, 10)}&format=csv`}
          >
            {t('activities.web.participation_csv')}
          </a>
        </p>
      ) : null}
    </main>
  );
}
