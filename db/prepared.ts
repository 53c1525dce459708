import type { Executor } from './database';

/**
 * A query on a hot path (every connect, every message), built once per database and then run
 * with `sql.placeholder` values. Building a drizzle query costs more CPU than PostgreSQL takes
 * to answer these small ones (a fifth of a node's CPU in a reconnect storm). Inside a
 * transaction the query is built for that transaction, as any other query would be.
 *
 *   const byUser = prepared((db) =>
 *     db.select().from(memberships).where(eq(memberships.userId, sql.placeholder('userId'))).prepare('memberships_by_user'));
 *   await byUser(db).execute({ userId });
 */
export function prepared<Q>(build: (db: Executor) => Q): (db: Executor) => Q {
  const built = new WeakMap<Executor, Q>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
