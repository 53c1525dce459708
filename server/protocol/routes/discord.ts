import { route, type In } from '../http';
import type {
  createChannelCodeSchema,
  DiscordAccountStatus,
  DiscordConnectionStatus,
  DiscordLink,
  LinkCode,
} from '../discord';

/** `/api/discord` (only when the Discord adapter runs): linking accounts and rooms. */
export const discord = {
  status: route('GET', '/api/discord/status').of<{ answer: DiscordConnectionStatus }>(),
  retry: route('POST', '/api/discord/status/retry').of<{ answer: DiscordConnectionStatus }>(),
  account: route('GET', '/api/discord/account').of<{ answer: DiscordAccountStatus }>(),
  accountCode: route('POST', '/api/discord/account/code').of<{ answer: LinkCode }>(),
  unlinkAccount: route('DELETE', '/api/discord/account').of<{ answer: DiscordAccountStatus }>(),
  links: route('GET', '/api/discord/projects/:projectId/links').of<{
    answer: { links: DiscordLink[] };
  }>(),
  roomCode: route('POST', '/api/discord/projects/:projectId/codes').of<{
    body: In<typeof createChannelCodeSchema>;
    answer: LinkCode;
  }>(),
  unlinkRoom: route('DELETE', '/api/discord/links/:linkId').of<{ answer: { ok: true } }>(),
};
