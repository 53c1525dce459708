import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { burenberichten } from './burenberichten';
import { users } from '../users';

/** Who a burenbericht was delivered to (the members of the home, or the person). */
export const burenberichtRecipients = pgTable(
  'burenbericht_recipients',
  {
    burenberichtId: uuid('burenbericht_id')
      .notNull()
      .references(() => burenberichten.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.burenberichtId, t.userId] }),
    index('burenbericht_recipients_user').on(t.userId),
  ],
);
