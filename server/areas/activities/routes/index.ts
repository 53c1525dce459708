import type { AreaRoute } from '../../../area';
import type { Deps } from '../../../deps';
import { cardRoutes } from '../../../http/routes/card';
import type { ActivityService } from '../service';
import { boardRoutes } from './board';
import { calendarRoutes } from './calendar';
import { interestRoutes } from './interests';
import { newsletterRoutes } from './newsletters';
import { participationRoutes } from './participation';
import { settingsRoutes } from './settings';
import { signupRoutes } from './signups';
import { taskRoutes } from './tasks';

/**
 * HTTP for the activities area, one sub-app per resource (the socket events share the sign-up
 * use cases through the same service). Under `/api/activities` the fixed paths (`/feed`,
 * `/calendar`, `/interests`, `/settings`, `/participation`, `/tasks`) are mounted before the
 * board's `/:activityId`, which would otherwise take them as an activity id.
 * The buurtkaart (`/api/card`) and the weekly newsletters (`/api/newsletters`) come with it.
 */
export function activityRoutes(deps: Deps, service: ActivityService): AreaRoute[] {
  return [
    { path: '/activities', app: calendarRoutes(deps) },
    { path: '/activities', app: interestRoutes(deps) },
    { path: '/activities', app: settingsRoutes(deps) },
    { path: '/activities', app: participationRoutes(deps) },
    { path: '/activities', app: taskRoutes(deps, service) },
    { path: '/activities', app: boardRoutes(deps, service) },
    { path: '/activities', app: signupRoutes(deps, service) },
    { path: '/card', app: cardRoutes(deps) },
    { path: '/newsletters', app: newsletterRoutes(deps, service) },
  ];
}
