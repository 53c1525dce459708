import { asc, eq, inArray, or } from 'drizzle-orm';
import {
  activities,
  activitySeries,
  activitySignups,
  calendarFeeds,
  memberInterests,
  newsletters,
  taskSignups,
  volunteerTasks,
} from '../../../db/schema';
import type { PersonalDataArea } from '../privacy/types';
import { promote } from './signups';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Activities: the person's sign-ups (a held place is freed and offered to the waitlist), their
 * interests, volunteer tasks and calendar links, and what they organised or wrote.
 */
const signups: PersonalDataArea = {
  name: 'activitySignups',
  tables: ['activity_signups'],
  async export(db, userId) {
    const rows = await db
      .select({
        activityId: activities.id,
        projectId: activities.projectId,
        title: activities.title,
        startsAt: activities.startsAt,
        status: activitySignups.status,
        guests: activitySignups.guests,
        endReason: activitySignups.endReason,
        createdAt: activitySignups.createdAt,
        updatedAt: activitySignups.updatedAt,
      })
      .from(activitySignups)
      .innerJoin(activities, eq(activities.id, activitySignups.activityId))
      .where(eq(activitySignups.userId, userId))
      .orderBy(asc(activitySignups.createdAt));
    return rows.map((r) => ({
      ...r,
      startsAt: iso(r.startsAt),
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    }));
  },
  /**
   * Every sign-up goes. A place the person held (confirmed or offered) is freed at once and,
   * through the same offer logic as a withdrawal, offered to the first on the waitlist who fits
   * (they are told in their Buurtbot conversation; the live events go out after the commit).
   */
  async erase(tx, userId, { clock, events }) {
    const mine = await tx
      .select({ activityId: activitySignups.activityId, status: activitySignups.status })
      .from(activitySignups)
      .where(eq(activitySignups.userId, userId));
    const freed = [
      ...new Set(
        mine
          .filter((s) => s.status === 'confirmed' || s.status === 'offered')
          .map((s) => s.activityId),
      ),
    ].sort();
    for (const activityId of freed) {
      // Locked like every change to an activity's places.
      await tx
        .select({ id: activities.id })
        .from(activities)
        .where(eq(activities.id, activityId))
        .for('update');
    }
    await tx.delete(activitySignups).where(eq(activitySignups.userId, userId));
    if (freed.length === 0) return;
    const rows = await tx.select().from(activities).where(inArray(activities.id, freed));
    for (const activity of rows) {
      const offered = await promote(tx, clock, activity);
      events.push(...offered);
    }
  },
};

const interests: PersonalDataArea = {
  name: 'interests',
  tables: ['member_interests'],
  async export(db, userId) {
    const rows = await db.select().from(memberInterests).where(eq(memberInterests.userId, userId));
    return rows.map((r) => ({ projectId: r.projectId, tag: r.tag, createdAt: iso(r.createdAt) }));
  },
  async erase(tx, userId) {
    await tx.delete(memberInterests).where(eq(memberInterests.userId, userId));
  },
};

const volunteering: PersonalDataArea = {
  name: 'volunteerTasks',
  tables: ['task_signups'],
  async export(db, userId) {
    const rows = await db
      .select({
        taskId: volunteerTasks.id,
        task: volunteerTasks.title,
        activityId: activities.id,
        activity: activities.title,
        startsAt: activities.startsAt,
        createdAt: taskSignups.createdAt,
      })
      .from(taskSignups)
      .innerJoin(volunteerTasks, eq(volunteerTasks.id, taskSignups.taskId))
      .innerJoin(activities, eq(activities.id, volunteerTasks.activityId))
      .where(eq(taskSignups.userId, userId));
    return rows.map((r) => ({ ...r, startsAt: iso(r.startsAt), createdAt: iso(r.createdAt) }));
  },
  /** The slot is free again for the next volunteer. */
  async erase(tx, userId) {
    await tx.delete(taskSignups).where(eq(taskSignups.userId, userId));
  },
};

/** Secret calendar links (only token hashes are stored; the hash is not exported). */
const calendars: PersonalDataArea = {
  name: 'calendarFeeds',
  tables: ['calendar_feeds'],
  async export(db, userId) {
    const rows = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
    return rows.map((r) => ({
      projectId: r.projectId,
      scope: r.scope,
      createdAt: iso(r.createdAt),
      revokedAt: iso(r.revokedAt),
    }));
  },
  /** Deleted: the link stops working at once. */
  async erase(tx, userId) {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  },
};

/** Activities, series and newsletters the person organised or wrote (staff, volunteers). */
const organised: PersonalDataArea = {
  name: 'activitiesOrganised',
  tables: ['activities', 'activity_series', 'newsletters'],
  async export(db, userId) {
    const rows = await db
      .select({
        id: activities.id,
        projectId: activities.projectId,
        title: activities.title,
        startsAt: activities.startsAt,
      })
      .from(activities)
      .where(or(eq(activities.organiserId, userId), eq(activities.createdBy, userId)));
    const series = await db
      .select({ id: activitySeries.id, createdAt: activitySeries.createdAt })
      .from(activitySeries)
      .where(eq(activitySeries.createdBy, userId));
    const letters = await db
      .select({
        id: newsletters.id,
        projectId: newsletters.projectId,
        createdAt: newsletters.createdAt,
      })
      .from(newsletters)
      .where(or(eq(newsletters.createdBy, userId), eq(newsletters.updatedBy, userId)));
    return {
      activities: rows.map((r) => ({ ...r, startsAt: iso(r.startsAt) })),
      series: series.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
      newsletters: letters.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    };
  },
  /** They belong to the project and stay; they no longer name who made them. */
  async erase(tx, userId) {
    await tx
      .update(activities)
      .set({ organiserId: null })
      .where(eq(activities.organiserId, userId));
    await tx.update(activities).set({ createdBy: null }).where(eq(activities.createdBy, userId));
    await tx
      .update(activitySeries)
      .set({ createdBy: null })
      .where(eq(activitySeries.createdBy, userId));
    await tx.update(newsletters).set({ createdBy: null }).where(eq(newsletters.createdBy, userId));
    await tx.update(newsletters).set({ updatedBy: null }).where(eq(newsletters.updatedBy, userId));
  },
};

export const activitiesPrivacy: PersonalDataArea[] = [
  signups,
  interests,
  volunteering,
  calendars,
  organised,
];
