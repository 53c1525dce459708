import { customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { defects } from './cases';
import { defectReports } from './reports';

/** Raw bytes (PostgreSQL `bytea`): postgres.js gives a Buffer, PGlite a Uint8Array. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
});

/**
 * One optional photo per report, re-encoded on upload so that location (EXIF GPS) and every
 * other piece of metadata is gone. Stored in the database, so every server node serves it and
 * it is backed up with the case.
 */
export const defectPhotos = pgTable('defect_photos', {
  id: uuid('id').primaryKey().defaultRandom(),
  defectId: uuid('defect_id')
    .notNull()
    .references(() => defects.id, { onDelete: 'cascade' }),
  reportId: uuid('report_id')
    .notNull()
    .unique()
    .references(() => defectReports.id, { onDelete: 'cascade' }),
  mime: text('mime', { enum: ['image/jpeg', 'image/png', 'image/webp'] }).notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: integer('bytes').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
