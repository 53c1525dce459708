import type { Executor, Tx } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';

/**
 * Where a person's data lives, one entry per area. Export and erasure both walk the list
 * `personalDataAreas` (`areas.ts`), so an area that stores personal data adds one entry there and
 * is covered by `GET /api/me/export` and `DELETE /api/me` at once. The areas of concerns, defects, activities, notifications and
 * Discord live beside their own code (`server/domain/<area>/privacy.ts`).
 * - `tables` names every table the area exports from and erases in; a test walks the schema and
 *   fails for a table that refers to a person and is in no area's list (nor in `keptTables`).
 * - `export` returns plain JSON of the person's own rows: no secrets (token or password
 *   hashes), no other person's personal data.
 * - `erase` removes or anonymises the person's rows inside the one erasure transaction; it
 *   must keep other people's history whole (sequence numbers never change).
 */
export interface PersonalDataArea {
  name: string;
  tables: readonly string[];
  export(db: Executor, userId: string): Promise<unknown>;
  erase(tx: Tx, userId: string, context: ErasureContext): Promise<void>;
}

export interface ErasureContext {
  now: Date;
  clock: Clock;
  /** The display name before erasure (to take it out of Buurtbot's notices). */
  name: string;
  /** The projects the person was a member of before erasure. */
  projectIds: string[];
  /** Live events to publish after the erasure commits (a freed seat offered to the waitlist). */
  events: DomainEvent[];
  /** Messages whose text erasure changed (Buurtbot's notices): sent out again as updated. */
  changedMessageIds: Set<string>;
}
