import type { AreaFactory } from '../../area';
import { openTasksForBot, upcomingForBot } from '../../domain/activities/bot-reads';
import { registerActivityActions } from './botActions';
import { registerActivityJobs, scheduleActivityTimers } from './jobs';
import { activityRoomsFor } from './rooms';
import { activityRoutes } from './routes';
import { activityService } from './service';
import { activityEvents } from './socket';

/**
 * Activities, volunteers, the buurtkaart and the newsletter: HTTP routes, socket events and live
 * rooms, Buurtbot's actions and reads, and the timers (offer expiry, reminders, series,
 * newsletter). See `docs/activities.md`.
 */
export const activitiesArea: AreaFactory = async ({ deps, bot, scheduler }) => {
  const { db, clock } = deps;
  const service = activityService(deps);
  registerActivityActions(bot);
  registerActivityJobs(scheduler, clock);
  bot.extendPorts({
    upcomingActivities: (projectId, userId) => upcomingForBot(db, clock, projectId, userId),
    openVolunteerTasks: (projectId, userId) => openTasksForBot(db, clock, projectId, userId),
  });
  await scheduleActivityTimers(db, clock);
  return {
    name: 'activities',
    routes: activityRoutes(deps, service),
    socketEvents: (events) => activityEvents(events, deps, service),
    memberRooms: activityRoomsFor,
  };
};
