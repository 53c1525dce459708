import { hash, verify } from '@node-rs/argon2';
import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { conflict, forbidden, loginFailed } from '../../errors';
import type { Role } from '../../protocol/roles';
import { canHavePassword } from '../../protocol/access';

/** A hash to compare against when the email is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;

/** Professionals set an email and password (argon2id) for password login. */
export async function setPassword(
  db: Executor,
  input: {
    userId: string;
    roles: Role[];
    email: string;
    password: string;
    currentPassword?: string | undefined;
  },
): Promise<typeof users.$inferSelect> {
  if (!canHavePassword(input.roles)) throw forbidden();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user) throw forbidden();
  if (user.passwordHash) {
    const ok = input.currentPassword
      ? await verify(user.passwordHash, input.currentPassword)
      : false;
    if (!ok) throw loginFailed();
  }
  const email = input.email.toLowerCase();
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (taken && taken.id !== input.userId) throw conflict();
  const [updated] = await db
    .update(users)
    .set({ email, passwordHash: await hash(input.password) })
    .where(eq(users.id, input.userId))
    .returning();
  if (!updated) throw forbidden();
  return updated;
}

/** The user id for a correct email and password; `login_failed` otherwise, in constant-ish time. */
export async function verifyLogin(db: Executor, email: string, password: string): Promise<string> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email.toLowerCase()), isNull(users.erasedAt)))
    .limit(1);
  if (!user?.passwordHash) {
    dummyHash ??= hash('not-a-real-password');
    await verify(await dummyHash, password);
    throw loginFailed();
  }
  if (!(await verify(user.passwordHash, password))) throw loginFailed();
  return user.id;
}
