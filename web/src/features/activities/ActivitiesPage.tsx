import { useEffect, useState } from 'preact/hooks';
import { canManageActivities } from '../../../../server/protocol/access';
import { t } from '../../i18n';
import type { FeatureProps } from '../feature';
import { ActivityCard } from './ActivityCard';
import { CreateForm } from './CreateForm';
import { MyPanel } from './MyPanel';
import { NewsletterPanel } from './NewsletterPanel';
import { ParticipationPanel } from './ParticipationPanel';
import { board, loadBoard } from './state';

/** The activity board of a project: live places, one-tap sign-up, tasks, and the tools around it. */
export function ActivitiesScreen({ project }: FeatureProps) {
  const projectId = project.id;

  // Until the board has come, the panels below it wait: shown at once, they were pushed down
  // when the list arrived (Lighthouse measured a layout shift of 0.47 on a phone).
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    setLoaded(false);
    void loadBoard(projectId).finally(() => setLoaded(true));
  }, [projectId]);

  const role = project.myRole;
  const manager = canManageActivities(role);
  const list = board.value.filter((a) => a.projectId === projectId);
  return (
    <div class="screen">
      <h1>{t('activities.web.title')}</h1>
      {role !== 'corporation' && (manager || role === 'resident') ? (
        <CreateForm projectId={projectId} manager={manager} />
      ) : null}
      <section aria-labelledby="board-title">
        <h2 id="board-title">{t('activities.web.upcoming')}</h2>
        {loaded && list.length === 0 ? <p class="muted">{t('activities.web.none')}</p> : null}
        <div class="activity-list">
          {list.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} />
          ))}
        </div>
      </section>
      {loaded && role !== 'corporation' ? <MyPanel projectId={projectId} /> : null}
      {loaded && manager ? <NewsletterPanel projectId={projectId} /> : null}
      {loaded && manager ? <ParticipationPanel projectId={projectId} /> : null}
    </div>
  );
}
