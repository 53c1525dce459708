import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { invites, memberships, projects, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import { addDays, type Clock } from '../../clock';
import { forbidden, inviteInvalid, notFound } from '../../errors';
import type { Locale } from '../../i18n/locale';
import type { Role } from '../../protocol/roles';
import { canInvite } from '../../protocol/access';
import { checkDisplayName } from '../membership/names';
import { hashSecret, newSecret } from './tokens';

export type InviteRow = typeof invites.$inferSelect;

/** The link a person opens to join: the join page of the web client. */
export function inviteUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/join/${code}`;
}

export async function createInvite(
  db: Executor,
  clock: Clock,
  input: {
    projectId: string;
    actorRole: Role;
    /** Who made it; `null` for the operator's command line (`npm run project`). */
    actorId: string | null;
    role: Role;
    label?: string | undefined;
    expiresInDays: number;
    maxUses: number;
  },
): Promise<{ invite: InviteRow; code: string }> {
  if (!canInvite(input.actorRole, input.role)) throw forbidden();
  const code = newSecret(18);
  const [invite] = await db
    .insert(invites)
    .values({
      projectId: input.projectId,
      role: input.role,
      label: input.label ?? null,
      codeHash: hashSecret(code),
      createdBy: input.actorId,
      expiresAt: addDays(clock.now(), input.expiresInDays),
      maxUses: input.maxUses,
    })
    .returning();
  if (!invite) throw new Error('invite insert returned nothing');
  return { invite, code };
}

function usable(clock: Clock) {
  return and(
    isNull(invites.revokedAt),
    gt(invites.expiresAt, clock.now()),
    lt(invites.uses, invites.maxUses),
  );
}

/** What the join page shows before someone redeems: project and role. */
export async function previewInvite(db: Executor, clock: Clock, code: string) {
  const [row] = await db
    .select({ invite: invites, project: projects })
    .from(invites)
    .innerJoin(projects, eq(projects.id, invites.projectId))
    .where(and(eq(invites.codeHash, hashSecret(code)), usable(clock)))
    .limit(1);
  if (!row) throw inviteInvalid();
  return row;
}

/**
 * Redeems an invite: one use is taken atomically (never more than `maxUses`, even with
 * simultaneous redemptions), then a new user joins, or a signed-in user gains the membership.
 * A signed-in user who is already a member keeps their membership and uses nothing. A new
 * user's name must not be reserved or already someone's in the project (`checkDisplayName`);
 * a refused name uses nothing either.
 */
export async function redeemInvite(
  db: Db,
  clock: Clock,
  input: { code: string; displayName: string; locale: Locale; existingUserId?: string | undefined },
): Promise<{ userId: string; projectId: string; role: Role; newUser: boolean }> {
  return db.transaction(async (tx) => {
    const codeHash = hashSecret(input.code);
    if (input.existingUserId) {
      const [already] = await tx
        .select({ projectId: memberships.projectId, role: memberships.role })
        .from(memberships)
        .innerJoin(invites, eq(invites.projectId, memberships.projectId))
        .where(
          and(
            eq(invites.codeHash, codeHash),
            eq(memberships.userId, input.existingUserId),
            usable(clock),
          ),
        )
        .limit(1);
      if (already) return { userId: input.existingUserId, ...already, newUser: false };
    }
    const [invite] = await tx
      .update(invites)
      .set({ uses: sql`${invites.uses} + 1` })
      .where(and(eq(invites.codeHash, codeHash), usable(clock)))
      .returning();
    if (!invite) throw inviteInvalid();
    let userId = input.existingUserId;
    if (!userId) {
      await checkDisplayName(tx, input.displayName, { projectIds: [invite.projectId] });
      const [user] = await tx
        .insert(users)
        .values({ displayName: input.displayName, locale: input.locale, createdAt: clock.now() })
        .returning({ id: users.id });
      if (!user) throw new Error('user insert returned nothing');
      userId = user.id;
    }
    await tx.insert(memberships).values({ projectId: invite.projectId, userId, role: invite.role });
    return {
      userId,
      projectId: invite.projectId,
      role: invite.role,
      newUser: !input.existingUserId,
    };
  });
}

export async function listInvites(db: Executor, projectId: string): Promise<InviteRow[]> {
  return db
    .select()
    .from(invites)
    .where(eq(invites.projectId, projectId))
    .orderBy(desc(invites.createdAt));
}

export async function findInvite(db: Executor, inviteId: string): Promise<InviteRow | undefined> {
  const [invite] = await db.select().from(invites).where(eq(invites.id, inviteId)).limit(1);
  return invite;
}

export async function revokeInvite(
  db: Executor,
  clock: Clock,
  inviteId: string,
): Promise<InviteRow> {
  const [invite] = await db
    .update(invites)
    .set({ revokedAt: clock.now() })
    .where(eq(invites.id, inviteId))
    .returning();
  if (!invite) throw notFound();
  return invite;
}
