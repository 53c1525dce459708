import type { Channel, Me, Member, Project } from '../protocol/projects';
import { publicRoleOf, type Role } from '../protocol/roles';
import type { ProjectRow } from '../domain/projects/projects';
import type { ReadableChannel } from '../domain/channels/channels';
import type { UserRow } from '../domain/auth/sessions';

export function presentProject(project: ProjectRow, myRole: Role): Project {
  return {
    id: project.id,
    name: project.name,
    municipality: project.municipality,
    housingForm: project.housingForm,
    myRole,
  };
}

export function presentChannel(channel: Omit<ReadableChannel, 'role' | 'isMember'>): Channel {
  return {
    id: channel.id,
    projectId: channel.projectId,
    kind: channel.kind,
    name: channel.name,
    lastSeq: channel.lastSeq,
    lastReadSeq: channel.lastReadSeq,
  };
}

/** The public member view: a name and a public role. Never support status. */
export function presentMember(
  row: { userId: string; name: string; role: Role; isBot: boolean },
  online: boolean,
): Member {
  return {
    userId: row.userId,
    name: row.name,
    role: row.isBot ? 'bot' : publicRoleOf[row.role],
    online,
  };
}

export function presentMe(user: UserRow): Me {
  return {
    id: user.id,
    displayName: user.displayName,
    locale: user.locale,
    email: user.email,
    hasPassword: user.passwordHash !== null,
  };
}
