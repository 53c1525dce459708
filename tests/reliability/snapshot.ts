import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import type { App } from '../../server/app';
import { SESSIONS_CLEANUP } from '../../server/scheduler/housekeeping';

/**
 * A fingerprint of everything a request could change: row counts of every table, the channel
 * counters, invite uses, revocations and people's names, languages and e-mail addresses. Equal
 * fingerprints before and after a refused request mean it changed nothing. The periodic
 * housekeeping job is left out: it runs at the turn of every six hours (UTC), whatever the
 * requests do, and schedules its next run (a suite running across such a turn would see the
 * count change).
 */
export async function dataFingerprint(db: Db): Promise<string> {
  const result = await db.execute(sql`
    select
      (select count(*) from users) as users,
      (select md5(coalesce(string_agg(display_name || '|' || locale || '|' || coalesce(email, '') || '|' || coalesce(password_hash, ''), ',' order by id), '')) from users) as people,
      (select count(*) from sessions) as sessions,
      (select count(*) from sessions where revoked_at is not null) as revoked_sessions,
      (select count(*) from memberships) as memberships,
      (select count(*) from invites) as invites,
      (select coalesce(sum(uses), 0) from invites) as invite_uses,
      (select count(*) from invites where revoked_at is not null) as revoked_invites,
      (select count(*) from channels) as channels,
      (select coalesce(sum(last_seq), 0) from channels) as seqs,
      (select count(*) from channel_members) as channel_members,
      (select count(*) from read_positions) as read_positions,
      (select coalesce(sum(last_read_seq), 0) from read_positions) as read_seqs,
      (select count(*) from messages) as messages,
      (select count(*) from jobs where kind <> ${SESSIONS_CLEANUP}) as jobs
  `);
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return JSON.stringify(rows[0], (_key, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
}

/**
 * `dataFingerprint` once the server has finished what earlier requests set off (its event
 * listeners: Buurtbot's replies, notifications). Taken before a request, so that a reply still
 * on its way from an earlier, accepted message is not counted as the next request's change.
 */
export async function settledFingerprint(server: { app: App; database: { db: Db } }) {
  await server.app.deps.dispatcher.settled();
  return dataFingerprint(server.database.db);
}
