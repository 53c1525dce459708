import { useState } from 'preact/hooks';
import { PhoneText } from '../../components/PhoneText';
import { t } from '../../i18n';
import type { FeatureProps } from '../feature';
import { CardEditor } from './CardEditor';
import { CardView } from './CardView';
import { useCard } from './useCard';

/** The buurtkaart: who to call for what, and tips. Everyone reads it; staff and coordinators edit it. */
export function CardScreen({ project }: FeatureProps) {
  const projectId = project.id;
  const { card, setCard, canEdit } = useCard(projectId);
  const [editing, setEditing] = useState(false);

  if (!card) return <p class="page-pad">{t('web.loading')}</p>;
  return (
    <div class="screen">
      <p>
        <a href={`/p/${projectId}`}>{t('activities.web.back', { project: card.projectName })}</a>
      </p>
      <h1>{t('card.web.title', { project: card.projectName })}</h1>
      <p class="danger-line">
        <PhoneText text={t('bot.card.danger_line')} />
      </p>
      {editing ? (
        <CardEditor
          projectId={projectId}
          card={card}
          onDone={(next) => {
            if (next) setCard(next);
            setEditing(false);
          }}
        />
      ) : (
        <CardView card={card} canEdit={canEdit} onEdit={() => setEditing(true)} />
      )}
    </div>
  );
}
