import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { ChatRoom } from '../../components/ChatRoom';
import { t } from '../../i18n';
import { channels, sendMessage, unreadIn } from '../../state/chat';
import type { Project } from '../../../../server/protocol/projects';
import type { FeatureProps } from '../feature';

export function botChannelOf(projectId: string) {
  return channels.value.find((c) => c.projectId === projectId && c.kind === 'bot');
}

export function unreadBot(project: Project): number {
  const channel = botChannelOf(project.id);
  return channel ? unreadIn(channel) : 0;
}

/**
 * The private conversation with Buurtbot. Opened with `?hulp=1` (the help button), it starts
 * the help flow once (a button press with value `/hulp`), then drops the flag so a reload does not repeat it.
 */
export function BotScreen({ project }: FeatureProps) {
  const { query, route } = useLocation();
  const channel = botChannelOf(project.id);
  const askHelp = query.hulp === '1';

  useEffect(() => {
    if (!askHelp || !channel) return;
    route(`/p/${project.id}/bot`, true);
    // Shown as the person's own words; the button value starts the help flow.
    void sendMessage(channel.id, t('shell.help_message'), '/hulp');
  }, [askHelp, channel?.id]);

  if (!channel) return <p class="page-pad">{t('web.loading')}</p>;
  return <ChatRoom key={channel.id} channel={channel} title={t('shell.nav.bot')} />;
}
