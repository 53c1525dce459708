import type {
  DiscordAccountStatus,
  DiscordConnectionStatus,
  DiscordLink,
  LinkCode,
} from '../../../../server/protocol/discord';
import type { Channel } from '../../../../server/protocol/projects';
import { ApiError, http } from '../../api/http';

/** `undefined` when Discord is not switched on for this Buurtkamer (the API is not there). */
export async function loadAccount(): Promise<DiscordAccountStatus | undefined> {
  try {
    return await http.get<DiscordAccountStatus>('/api/discord/account');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

export const makeAccountCode = () => http.post<LinkCode>('/api/discord/account/code');
export const unlinkAccount = () => http.delete<DiscordAccountStatus>('/api/discord/account');

export async function loadProjectLinks(projectId: string) {
  const [links, rooms] = await Promise.all([
    http.get<{ links: DiscordLink[] }>(`/api/discord/projects/${projectId}/links`),
    http.get<{ channels: Channel[] }>(`/api/projects/${projectId}/channels`),
  ]);
  return { links: links.links, rooms: rooms.channels };
}

export const makeRoomCode = (projectId: string, channelId: string) =>
  http.post<LinkCode>(`/api/discord/projects/${projectId}/codes`, { channelId });
export const unlinkRoom = (linkId: string) =>
  http.delete<{ ok: true }>(`/api/discord/links/${linkId}`);

export const loadConnectionStatus = () => http.get<DiscordConnectionStatus>('/api/discord/status');
export const retryConnection = () =>
  http.post<DiscordConnectionStatus>('/api/discord/status/retry');
