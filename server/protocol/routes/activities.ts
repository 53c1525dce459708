import type { z } from 'zod';
import { route, type In } from '../http';
import type { Activity, Attendee, CalendarScope, InterestTag, SignupResult } from '../activities';
import type {
  activitySettingsSchema,
  calendarRenewSchema,
  cancelActivitySchema,
  createActivitySchema,
  interestCountQuerySchema,
  interestsInputSchema,
  listActivitiesQuerySchema,
  newsletterUpdateSchema,
  participationQuerySchema,
  projectQuerySchema,
  updateActivitySchema,
  volunteerTaskInputSchema,
} from '../activities';
import type { participationRowSchema } from '../activity-views';

/** A secret calendar link the person has (the address itself is shown only once, when made). */
export interface CalendarFeed {
  scope: CalendarScope;
  /** When the current link was made; null when there is none. */
  createdAt: string | null;
}

/** A count, or `'<5'` where a small number could point at someone. */
export type ParticipationCount = number | '<5';

/** One month of the participation numbers (the last row is the period's total). */
export type ParticipationRow = z.output<typeof participationRowSchema>;

export interface ActivitySettings {
  reminderHoursBefore: number;
  offerHours: number;
}

export interface Newsletter {
  id: string;
  projectId: string;
  title: string;
  body: string;
  status: 'draft' | 'posted';
  createdAt: string;
  updatedAt: string;
  postedAt: string | null;
}

type One = { activity: Activity };
const activity = '/api/activities/:activityId';
const task = '/api/activities/tasks/:taskId';

/** `/api/activities`: the activity board, sign-ups, tasks, interests, calendar, numbers. */
export const activities = {
  list: route('GET', '/api/activities').of<{
    query: In<typeof listActivitiesQuerySchema>;
    answer: { activities: Activity[] };
  }>(),
  create: route('POST', '/api/activities').of<{
    body: In<typeof createActivitySchema>;
    answer: One & { occurrences: number; interested: number };
  }>(),
  interests: route('GET', '/api/activities/interests').of<{
    query: In<typeof projectQuerySchema>;
    answer: { tags: InterestTag[] };
  }>(),
  setInterests: route('PUT', '/api/activities/interests').of<{
    body: In<typeof interestsInputSchema>;
    answer: { tags: InterestTag[] };
  }>(),
  interestCount: route('GET', '/api/activities/interest-count').of<{
    query: In<typeof interestCountQuerySchema>;
    answer: { count: number };
  }>(),
  calendars: route('GET', '/api/activities/calendar').of<{
    query: In<typeof projectQuerySchema>;
    answer: { feeds: CalendarFeed[] };
  }>(),
  renewCalendar: route('POST', '/api/activities/calendar').of<{
    body: In<typeof calendarRenewSchema>;
    answer: { scope: CalendarScope; url: string };
  }>(),
  settings: route('GET', '/api/activities/settings').of<{
    query: In<typeof projectQuerySchema>;
    answer: ActivitySettings;
  }>(),
  saveSettings: route('PUT', '/api/activities/settings').of<{
    query: In<typeof projectQuerySchema>;
    body: In<typeof activitySettingsSchema>;
    answer: ActivitySettings;
  }>(),
  /** JSON rows (`format=csv` answers a CSV file instead). */
  participation: route('GET', '/api/activities/participation').of<{
    query: In<typeof participationQuerySchema>;
    answer: { rows: ParticipationRow[] };
  }>(),
  volunteer: route('POST', `${task}/volunteer`).of<{ answer: One }>(),
  unvolunteer: route('DELETE', `${task}/volunteer`).of<{ answer: One }>(),
  removeTask: route('DELETE', task).of<{ answer: One }>(),
  get: route('GET', activity).of<{ answer: One }>(),
  update: route('PATCH', activity).of<{ body: In<typeof updateActivitySchema>; answer: One }>(),
  publish: route('POST', `${activity}/publish`).of<{ answer: One & { interested: number } }>(),
  cancel: route('POST', `${activity}/cancel`).of<{
    body: In<typeof cancelActivitySchema>;
    answer: One & { cancelled: number };
  }>(),
  signup: route('POST', `${activity}/signup`).of<{
    body: { guests?: number };
    answer: SignupResult;
  }>(),
  withdraw: route('POST', `${activity}/withdraw`).of<{ answer: SignupResult }>(),
  offer: route('POST', `${activity}/offer`).of<{
    body: { accept: boolean };
    answer: SignupResult;
  }>(),
  signups: route('GET', `${activity}/signups`).of<{ answer: { attendees: Attendee[] } }>(),
  addTask: route('POST', `${activity}/tasks`).of<{
    body: In<typeof volunteerTaskInputSchema>;
    answer: One;
  }>(),
  callVolunteers: route('POST', `${activity}/volunteer-call`).of<{
    answer: { posted: boolean; openTasks: number };
  }>(),
};

/** `/api/newsletters`: the weekly newsletter of a project (coordinators and staff). */
export const newsletters = {
  list: route('GET', '/api/newsletters').of<{
    query: In<typeof projectQuerySchema>;
    answer: { newsletters: Newsletter[] };
  }>(),
  draft: route('POST', '/api/newsletters').of<{
    body: { projectId: string };
    answer: { newsletter: Newsletter };
  }>(),
  update: route('PATCH', '/api/newsletters/:newsletterId').of<{
    body: In<typeof newsletterUpdateSchema>;
    answer: { newsletter: Newsletter };
  }>(),
  post: route('POST', '/api/newsletters/:newsletterId/post').of<{
    answer: { newsletter: Newsletter };
  }>(),
};
