import type { AreaFactory } from '../../area';
import { myConcernSummary } from '../../domain/concerns/queries';
import { scheduleCoverageCheck } from '../../domain/concerns/coverage';
import { scheduleRetention } from '../../domain/concerns/retention';
import { onCallAt } from '../../domain/concerns/rota';
import { registerConcernActions } from './botActions';
import { registerConcernJobs } from './jobs';
import { concernRoutes } from './routes';
import { concernService } from './service';
import { concernEvents } from './socket';

/**
 * Neighbour concerns (meldingen), the escalation ladder, care signals, help requests and
 * emergencies, live for support staff; the on-call rota; the corporation's forwarded cases;
 * the Living Lab numbers; retention. See `docs/concerns.md`.
 */
export const concernsArea: AreaFactory = async ({ deps, bot, scheduler }) => {
  const { db, clock } = deps;
  const service = concernService(deps);
  registerConcernActions(bot, db, clock);
  registerConcernJobs(scheduler, clock);
  bot.extendPorts({
    onCallName: async (projectId) => (await onCallAt(db, projectId, clock.now()))?.name,
    myConcern: (projectId, userId, ref) => myConcernSummary(db, projectId, userId, ref),
  });
  await scheduleRetention(db, clock.now());
  await scheduleCoverageCheck(db, clock.now());
  return {
    name: 'concerns',
    routes: concernRoutes(deps, service),
    socketEvents: (events) => concernEvents(events, service),
  };
};
