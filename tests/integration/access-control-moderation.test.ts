import { moderationAccess } from './access/moderation';
import { notificationsAccess } from './access/notifications';
import { accessWorld, describeArea } from './access/world';

/**
 * The access table's moderation and notifications rows (`access/moderation.ts`,
 * `access/notifications.ts`, both small), in a file of their own so the table's files run side
 * by side; the table's foundation, and the check that every route and event has a row, are in
 * `access-control.test.ts`.
 */
const { world, routes, events } = accessWorld((w) => [moderationAccess(w), notificationsAccess(w)]);
describeArea(world, routes, events);
