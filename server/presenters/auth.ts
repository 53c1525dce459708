import type { Invite, SessionInfo } from '../protocol/auth';
import type { InviteRow } from '../domain/auth/invites';
import type { SessionRow } from '../domain/auth/sessions';

export function presentInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    projectId: row.projectId,
    role: row.role,
    label: row.label,
    expiresAt: row.expiresAt.toISOString(),
    maxUses: row.maxUses,
    uses: row.uses,
    revoked: row.revokedAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentSession(row: SessionRow, currentId: string): SessionInfo {
  return {
    id: row.id,
    current: row.id === currentId,
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
