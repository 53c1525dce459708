import type { Channel } from '../../server/protocol/projects';
import { t } from './i18n';

/** Standard rooms get their name in the person's language; private threads keep their own name. */
export function channelName(channel: Pick<Channel, 'kind' | 'name'>): string {
  if (channel.kind === 'thread') return channel.name;
  return t(`web.channel.${channel.kind}`);
}
