import type { createInviteSchema, Invite } from '../auth';
import { route, type In } from '../http';
import type { historyQuerySchema, Message } from '../messages';
import type { Channel, Member, MemberHome, Project, ProjectLanguage } from '../projects';
import type { Retention, SupportLink } from '../projects';
import type { newSupportLinkSchema, setMemberHomeSchema } from '../projects';
import type { Role } from '../roles';

type Ok = { ok: true };
const base = '/api/projects/:projectId';

/** `/api/projects/:projectId`: a project, its rooms, members, homes, support links, invites. */
export const projects = {
  get: route('GET', base).of<{ answer: Project }>(),
  channels: route('GET', `${base}/channels`).of<{ answer: { channels: Channel[] } }>(),
  members: route('GET', `${base}/members`).of<{ answer: { members: Member[] } }>(),
  homes: route('GET', `${base}/homes`).of<{ answer: { homes: MemberHome[] } }>(),
  setHome: route('PATCH', `${base}/members/:userId`).of<{
    body: In<typeof setMemberHomeSchema>;
    answer: MemberHome;
  }>(),
  supportLinks: route('GET', `${base}/support-links`).of<{
    answer: { supportLinks: SupportLink[] };
  }>(),
  addSupportLink: route('POST', `${base}/support-links`).of<{
    body: In<typeof newSupportLinkSchema>;
    answer: SupportLink;
  }>(),
  removeSupportLink: route('DELETE', `${base}/support-links/:id`).of<{ answer: Ok }>(),
  retention: route('GET', `${base}/retention`).of<{ answer: Retention }>(),
  setRetention: route('PATCH', `${base}/retention`).of<{ body: Retention; answer: Retention }>(),
  language: route('GET', `${base}/language`).of<{ answer: ProjectLanguage }>(),
  setLanguage: route('PATCH', `${base}/language`).of<{
    body: ProjectLanguage;
    answer: ProjectLanguage;
  }>(),
  invites: route('GET', `${base}/invites`).of<{
    answer: { invites: Invite[]; invitableRoles: Role[] };
  }>(),
  createInvite: route('POST', `${base}/invites`).of<{
    body: In<typeof createInviteSchema>;
    answer: { invite: Invite; url: string; code: string };
  }>(),
};

/** `/api/invites/:inviteId`: revoking an invite link. */
export const invites = {
  revoke: route('DELETE', '/api/invites/:inviteId').of<{ answer: Invite }>(),
};

/** `/api/channels/:channelId/messages`: a page of a room's history. */
export const channels = {
  messages: route('GET', '/api/channels/:channelId/messages').of<{
    query: In<typeof historyQuerySchema>;
    answer: { messages: Message[]; nextBefore: number | null };
  }>(),
};
