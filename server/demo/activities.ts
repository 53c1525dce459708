import { eq } from 'drizzle-orm';
import { activities, memberships, users } from '../../db/schema';
import type { Db } from '../../db/database';
import type { Clock } from '../clock';
import { createActivity } from '../domain/activities/activities';
import { signUp } from '../domain/activities/signups';
import { volunteer } from '../domain/activities/tasks';
import { addLocalDays, localDate } from '../domain/activities/time';
import { createActivitySchema } from '../protocol/activities';

/** The next `weekday` (0 Sunday ... 6 Saturday) after today, local, as `YYYY-MM-DD`. */
function next(now: Date, weekday: number, atLeastDays = 1): string {
  const today = localDate(now);
  const dow = new Date(`${today}T12:00:00Z`).getUTCDay();
  let days = (weekday - dow + 7) % 7;
  while (days < atLeastDays) days += 7;
  return addLocalDays(`${today}T00:00`, days).slice(0, 10);
}

/**
 * The demo's activities, made once when the project has none (invented, like everything in the
 * demo): the Saturday coffee the demo chat speaks of, every week; a walking dinner that is
 * nearly full (7 of 8 places); and a litter-picking walk with volunteer tasks, one taken.
 */
export async function keepDemoActivities(db: Db, clock: Clock, projectId: string): Promise<void> {
  const [any] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(eq(activities.projectId, projectId))
    .limit(1);
  if (any) return;
  const members = await db
    .select({ id: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId));
  const id = (name: string) => members.find((m) => m.name === name)?.id;
  const kees = id('Kees');
  if (!kees) return;
  const now = clock.now();
  const make = async (fields: Record<string, unknown>) =>
    (
      await createActivity(
        db,
        clock,
        kees,
        createActivitySchema.parse({ projectId, publish: true, ...fields }),
      )
    ).activity.record;

  const saturday = next(now, 6);
  await make({
    title: 'Koffieochtend',
    description: 'Elke zaterdag koffie en thee in de gezamenlijke ruimte. Iedereen is welkom.',
    start: `${saturday}T10:00`,
    end: `${saturday}T11:30`,
    place: 'Gezamenlijke ruimte',
    accessibility: ['wheelchair', 'no_alcohol', 'children_welcome'],
    recurrence: { frequency: 'weekly', count: 12 },
  });

  const friday = next(now, 5, 2);
  const dinner = await make({
    title: 'Walking dinner',
    description: 'We eten samen: voorgerecht bij de een, hoofdgerecht bij de ander.',
    start: `${friday}T18:00`,
    end: `${friday}T21:00`,
    place: 'Start in de gezamenlijke ruimte',
    capacity: 8,
    maxGuests: 2,
    interests: ['cooking'],
  });
  const guests: [string, number][] = [
    ['Anouk', 1],
    ['Samir', 0],
    ['Joke', 2],
    ['Ruud', 0],
  ];
  for (const [name, count] of guests) {
    const userId = id(name);
    if (userId) await signUp(db, clock, { activityId: dinner.row.id, userId, guests: count });
  }

  const sunday = next(now, 0, 3);
  const walk = await make({
    title: 'Opruimwandeling',
    description: 'Met knijpers en zakken door de Lindelaan en het park. Daarna soep.',
    start: `${sunday}T13:00`,
    end: `${sunday}T15:00`,
    place: 'Verzamelen bij de voordeur',
    capacity: 15,
    interests: ['cleanup', 'walking'],
    tasks: [
      { title: 'Knijpers en zakken halen', slots: 1 },
      { title: 'Soep koken', slots: 2 },
    ],
  });
  const samir = id('Samir');
  const soup = walk.tasks.find((task) => task.row.title === 'Soep koken');
  if (samir && soup) await volunteer(db, clock, samir, soup.row.id);
}
