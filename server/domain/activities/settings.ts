import { eq } from 'drizzle-orm';
import { activitySettings } from '../../../db/schema';
import type { Executor } from '../../../db/database';

export interface ActivitySettings {
  reminderHoursBefore: number;
  offerHours: number;
}

export const defaultActivitySettings: ActivitySettings = {
  reminderHoursBefore: 24,
  offerHours: 24,
};

export async function getActivitySettings(
  db: Executor,
  projectId: string,
): Promise<ActivitySettings> {
  const [row] = await db
    .select()
    .from(activitySettings)
    .where(eq(activitySettings.projectId, projectId))
    .limit(1);
  return row
    ? { reminderHoursBefore: row.reminderHoursBefore, offerHours: row.offerHours }
    : defaultActivitySettings;
}

export async function saveActivitySettings(
  db: Executor,
  projectId: string,
  settings: ActivitySettings,
  now: Date,
): Promise<ActivitySettings> {
  await db
    .insert(activitySettings)
    .values({ projectId, ...settings, updatedAt: now })
    .onConflictDoUpdate({
      target: activitySettings.projectId,
      set: { ...settings, updatedAt: now },
    });
  return settings;
}
