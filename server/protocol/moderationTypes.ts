import type { ChannelKind } from './roles';

/**
 * The vocabulary of flag and hide, shared by the server and the web client: plain lists without
 * zod, so the chat's bundle stays small (the request schemas live in `moderation.ts`).
 */

/** The rooms everyone in the project shares: flagging and hiding are for these only. */
export const sharedRoomKinds = ['common', 'activities'] as const satisfies readonly ChannelKind[];

export function isSharedRoom(kind: ChannelKind): boolean {
  return (sharedRoomKinds as readonly ChannelKind[]).includes(kind);
}

export const moderationActions = ['flagged', 'hidden'] as const;
export type ModerationAction = (typeof moderationActions)[number];
