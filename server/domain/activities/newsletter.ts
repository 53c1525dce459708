import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import { activities, memberships, newsletters, projects, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { forbidden, notFound, validationFailed } from '../../errors';
import { t } from '../../i18n/catalogue';
import { findProjectChannel } from '../channels/channels';
import { storeMessage } from '../messages/messages';
import { actorIn } from './activities';
import { formatDate, formatWhen } from '../../protocol/dates';
import { solvedSharedSpaceProblems } from '../defects/solved';
import { canManageActivities } from '../../protocol/access';
import { projectLocale } from '../projects/locale';
import { upcomingTasks } from './tasks';
import type { NewsletterRow } from './records';
import { DEFAULT_TIME_ZONE } from './time';

const WEEK = 7 * 86_400_000;

/**
 * The text of a weekly digest, in the project's language (`projectLocale`, Dutch unless an admin
 * chose English): the next week's activities, open volunteer tasks, and shared-space problems
 * solved last week. It is a draft: the coordinator edits it before posting.
 */
export async function composeDigest(
  db: Executor,
  projectId: string,
  now: Date,
): Promise<{ title: string; body: string }> {
  const locale = await projectLocale(db, projectId);
  const until = new Date(now.getTime() + WEEK);
  const upcoming = await db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.projectId, projectId),
        eq(activities.status, 'published'),
        gt(activities.startsAt, now),
        lt(activities.startsAt, until),
      ),
    )
    .orderBy(asc(activities.startsAt));
  const tasks = await upcomingTasks(db, projectId, now);
  const open = tasks.filter((task) => task.taken < task.slots);
  const solved = await solvedSharedSpaceProblems(
    db,
    projectId,
    new Date(now.getTime() - WEEK),
    now,
  );
  const lines: string[] = [t(locale, 'activities.newsletter.intro'), ''];
  lines.push(t(locale, 'activities.newsletter.activities'));
  if (upcoming.length === 0) lines.push(t(locale, 'activities.newsletter.no_activities'));
  for (const a of upcoming) {
    const parts = [`- ${a.title}: ${formatWhen(locale, a.startsAt, a.timezone)}`];
    if (a.place) parts.push(a.place);
    if (!a.openToNeighbours) parts.push(t(locale, 'activities.newsletter.members_only'));
    lines.push(parts.join(', '));
  }
  // Tasks only when there are any: "all taken" is said only when there were tasks to take.
  if (tasks.length > 0 && open.length === 0)
    lines.push('', t(locale, 'activities.newsletter.all_tasks_taken'));
  if (open.length > 0) lines.push('', t(locale, 'activities.newsletter.tasks'));
  for (const task of open.slice(0, 10)) {
    lines.push(
      `- ${t(locale, 'activities.newsletter.task_line', {
        task: task.title,
        activity: task.activityTitle,
        open: task.slots - task.taken,
      })}`,
    );
  }
  if (solved.length > 0) {
    lines.push('', t(locale, 'activities.newsletter.solved'));
    for (const problem of solved) lines.push(`- ${problem.title}`);
  }
  lines.push('', t(locale, 'activities.newsletter.outro'));
  return {
    title: t(locale, 'activities.newsletter.title', {
      date: formatDate(locale, now, DEFAULT_TIME_ZONE),
    }),
    body: lines.join('\n'),
  };
}

async function requireManager(db: Executor, userId: string, projectId: string) {
  const actor = await actorIn(db, userId, projectId);
  if (!canManageActivities(actor.role)) throw forbidden();
  return actor;
}

export async function draftNewsletter(
  db: Executor,
  clock: Clock,
  userId: string | null,
  projectId: string,
): Promise<NewsletterRow> {
  if (userId) await requireManager(db, userId, projectId);
  const now = clock.now();
  const digest = await composeDigest(db, projectId, now);
  const [row] = await db
    .insert(newsletters)
    .values({
      projectId,
      ...digest,
      createdBy: userId,
      updatedBy: userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('newsletter insert returned nothing');
  return row;
}

export async function listNewsletters(
  db: Executor,
  userId: string,
  projectId: string,
): Promise<NewsletterRow[]> {
  await requireManager(db, userId, projectId);
  const rows = await db
    .select()
    .from(newsletters)
    .where(eq(newsletters.projectId, projectId))
    .orderBy(desc(newsletters.createdAt))
    .limit(20);
  return rows;
}

async function requireNewsletter(db: Executor, userId: string, id: string) {
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id)).limit(1);
  if (!row) throw notFound();
  await requireManager(db, userId, row.projectId).catch(() => {
    throw notFound();
  });
  return row;
}

export async function updateNewsletter(
  db: Executor,
  clock: Clock,
  userId: string,
  id: string,
  input: { title: string; body: string },
): Promise<NewsletterRow> {
  const row = await requireNewsletter(db, userId, id);
  if (row.status === 'posted')
    throw validationFailed({ body: { key: 'activities.error.newsletter_posted' } });
  const [updated] = await db
    .update(newsletters)
    .set({ ...input, updatedBy: userId, updatedAt: clock.now() })
    .where(eq(newsletters.id, id))
    .returning();
  if (!updated) throw notFound();
  return updated;
}

/**
 * Posts the newsletter in the common room, as a message of the coordinator who posts it.
 * Posting again (a retry) finds the same message: it appears once.
 */
export async function postNewsletter(
  db: Executor,
  clock: Clock,
  userId: string,
  id: string,
): Promise<{ newsletter: NewsletterRow; events: DomainEvent[] }> {
  const row = await requireNewsletter(db, userId, id);
  const room = await findProjectChannel(db, row.projectId, 'common');
  if (!room) throw notFound();
  const { message, created } = await storeMessage(db, clock, {
    channelId: room.id,
    authorId: userId,
    clientId: `newsletter-${row.id}`,
    body: `${row.title}\n\n${row.body}`,
  });
  const now = clock.now();
  const [updated] = await db
    .update(newsletters)
    .set({
      status: 'posted',
      postedAt: row.postedAt ?? now,
      postedMessageId: message.id,
      updatedAt: now,
    })
    .where(eq(newsletters.id, id))
    .returning();
  if (!updated) throw notFound();
  if (!created) return { newsletter: updated, events: [] };
  const [author] = await db
    .select({ name: users.displayName, role: memberships.role })
    .from(users)
    .leftJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.projectId, row.projectId)),
    )
    .where(eq(users.id, userId));
  return {
    newsletter: updated,
    events: [
      {
        type: 'message.created',
        message: {
          ...message,
          authorName: author?.name ?? '',
          authorRole: author?.role ?? null,
          authorIsBot: false,
        },
        projectId: row.projectId,
        channelKind: 'common',
      },
    ],
  };
}

export const NEWSLETTER_JOB = 'activities.newsletter_weekly';

/** Job: every Monday morning, a fresh draft per project that has activities coming up. */
export async function draftWeekly(db: Executor, clock: Clock): Promise<void> {
  const now = clock.now();
  const active = await db
    .selectDistinct({ projectId: activities.projectId })
    .from(activities)
    .innerJoin(projects, eq(projects.id, activities.projectId))
    .where(and(eq(activities.status, 'published'), gt(activities.startsAt, now)));
  for (const { projectId } of active) await draftNewsletter(db, clock, null, projectId);
}
