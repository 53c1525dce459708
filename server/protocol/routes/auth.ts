import type { SessionInfo, InvitePreview, loginSchema, redeemInviteSchema } from '../auth';
import type { setPasswordSchema, updateMeSchema } from '../auth';
import { route, type In } from '../http';
import type { Me, Project } from '../projects';

type Ok = { ok: true };

/** `/api/auth`: invites, sign-in, sessions, password. */
export const auth = {
  invitePreview: route('GET', '/api/auth/invites/:code').of<{ answer: InvitePreview }>(),
  redeem: route('POST', '/api/auth/redeem').of<{
    body: In<typeof redeemInviteSchema>;
    answer: { projectId: string };
  }>(),
  login: route('POST', '/api/auth/login').of<{ body: In<typeof loginSchema>; answer: Ok }>(),
  logout: route('POST', '/api/auth/logout').of<{ answer: Ok }>(),
  sessions: route('GET', '/api/auth/sessions').of<{ answer: { sessions: SessionInfo[] } }>(),
  endSession: route('DELETE', '/api/auth/sessions/:sessionId').of<{ answer: Ok }>(),
  setPassword: route('POST', '/api/auth/password').of<{
    body: In<typeof setPasswordSchema>;
    answer: Me;
  }>(),
};

/** `/api/me`: the signed-in person, their projects, their data. */
export const me = {
  get: route('GET', '/api/me').of<{ answer: Me }>(),
  update: route('PATCH', '/api/me').of<{ body: In<typeof updateMeSchema>; answer: Me }>(),
  projects: route('GET', '/api/me/projects').of<{ answer: { projects: Project[] } }>(),
  /** Erases the account (and signs out everywhere); the body confirms it. */
  erase: route('DELETE', '/api/me').of<{ body: { confirm: true }; answer: Ok }>(),
};
