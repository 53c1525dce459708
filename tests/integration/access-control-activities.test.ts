import { activitiesAccess } from './access/activities';
import { accessWorld, describeArea } from './access/world';

/**
 * The access table's activities rows (`access/activities.ts`), in a file of their own so the table's
 * files run side by side; the table's foundation, and the check that every route and event has
 * a row, are in `access-control.test.ts`.
 */
const { world, routes, events } = accessWorld((w) => [activitiesAccess(w)]);
describeArea(world, routes, events);
