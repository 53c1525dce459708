import type {
  Activity,
  ActivityPublic,
  Attendee,
  MySignup,
  Seats,
  SignupResult,
  VolunteerTask,
} from '../../protocol/activities';
import type { Newsletter } from '../../protocol/routes/activities';
import type { Role } from '../../protocol/roles';
import type {
  ActivityRecord,
  ActivityRow,
  AttendeeRecord,
  NewsletterRow,
  SignupRecord,
  TaskRecord,
  ViewedActivity,
} from '../../domain/activities/records';
import { canSeeWhoComes } from '../../domain/activities/rules';
import { canManageActivities } from '../../protocol/access';
import { toLocal } from '../../domain/activities/time';

type Viewer = { userId: string; role: Role };

/** A task as the viewer sees it: the volunteers' names only for who may see who comes. */
function presentTask(task: TaskRecord, activity: ActivityRow, viewer?: Viewer): VolunteerTask {
  const view: VolunteerTask = {
    id: task.row.id,
    title: task.row.title,
    slots: task.row.slots,
    taken: task.helpers.length,
    mine: viewer !== undefined && task.helpers.some((h) => h.userId === viewer.userId),
  };
  if (viewer !== undefined && canSeeWhoComes(viewer.role, activity, viewer.userId))
    view.volunteers = task.helpers.map((h) => h.name);
  return view;
}

function presentBase(record: ActivityRecord, viewer?: Viewer): ActivityPublic {
  const { row, organiserName } = record;
  return {
    id: row.id,
    projectId: row.projectId,
    seriesId: row.seriesId,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    start: toLocal(row.startsAt, row.timezone),
    end: toLocal(row.endsAt, row.timezone),
    timezone: row.timezone,
    place: row.place,
    accessibility: row.accessibility,
    accessibilityNote: row.accessibilityNote,
    capacity: row.capacity,
    maxGuests: row.maxGuests,
    openToNeighbours: row.openToNeighbours,
    organiser:
      row.organiserId && organiserName ? { id: row.organiserId, name: organiserName } : null,
    status: row.status,
    interests: row.interests,
    seats: record.seats,
    tasks: record.tasks.map((task) => presentTask(task, row, viewer)),
  };
}

/** The activity as everyone who may see it sees it (live broadcasts): no personal data. */
export function presentPublicActivity(record: ActivityRecord): ActivityPublic {
  return presentBase(record);
}

/**
 * The seat counts everyone who sees the activity may see (taken, free, waiting), field by field,
 * so nothing else the domain adds to its count ever reaches a socket.
 */
export function presentSeats(seats: Seats): Seats {
  const { activityId, projectId, taken, capacity, left, waiting } = seats;
  return { activityId, projectId, taken, capacity, left, waiting };
}

/** The viewer's own sign-up, with their place on the waitlist. */
export function presentMySignup(signup: SignupRecord | null): MySignup | null {
  if (!signup) return null;
  return {
    status: signup.status,
    guests: signup.guests,
    position: signup.position,
    offerExpiresAt: signup.offerExpiresAt?.toISOString() ?? null,
  };
}

/** The activity as one viewer sees it: their own sign-up and tasks, management rights. */
export function presentActivity({ record, viewer, mine }: ViewedActivity): Activity {
  const { row } = record;
  return {
    ...presentBase(record, viewer),
    mySignup: presentMySignup(mine),
    canManage:
      canManageActivities(viewer.role) ||
      (row.status === 'proposed' && row.createdBy === viewer.userId),
    seesWhoComes: canSeeWhoComes(viewer.role, row, viewer.userId),
  };
}

/** The answer to signing up, withdrawing or answering an offer. */
export function presentSignupResult(result: {
  signup: SignupRecord | null;
  seats: Seats;
}): SignupResult {
  return { signup: presentMySignup(result.signup), seats: result.seats };
}

export function presentNewsletter(row: NewsletterRow): Newsletter {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    postedAt: row.postedAt?.toISOString() ?? null,
  };
}

/** Who comes and who waits (for the organiser, coordinators and staff): names and numbers. */
export function presentAttendee(attendee: AttendeeRecord): Attendee {
  return {
    userId: attendee.userId,
    name: attendee.name,
    guests: attendee.guests,
    status: attendee.status,
    position: attendee.position,
  };
}
