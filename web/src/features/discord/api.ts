import type { DiscordAccountStatus } from '../../../../server/protocol/discord';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';

/** `undefined` when Discord is not switched on for this Buurtkamer (the API is not there). */
export async function loadAccount(): Promise<DiscordAccountStatus | undefined> {
  try {
    return await api(routes.discord.account);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

export const makeAccountCode = () => api(routes.discord.accountCode);
export const unlinkAccount = () => api(routes.discord.unlinkAccount);

export async function loadProjectLinks(projectId: string) {
  const [links, rooms] = await Promise.all([
    api(routes.discord.links, { params: { projectId } }),
    api(routes.projects.channels, { params: { projectId } }),
  ]);
  return { links: links.links, rooms: rooms.channels };
}

export const makeRoomCode = (projectId: string, channelId: string) =>
  api(routes.discord.roomCode, { params: { projectId }, body: { channelId } });
export const unlinkRoom = (linkId: string) =>
  api(routes.discord.unlinkRoom, { params: { linkId } });

export const loadConnectionStatus = () => api(routes.discord.status);
export const retryConnection = () => api(routes.discord.retry);
