import type { Deps } from '../../deps';
import type { z } from 'zod';
import type { reportConcernSchema } from '../../protocol/concerns';
import { concernCourse } from './course';
import { concernQueries } from './queries';
import { reportConcern } from './report';
import { staffActions } from './staffActions';

/**
 * The concerns area's use cases, shared by the HTTP routes and the socket handlers: authorise,
 * run the domain functions in one transaction, publish their events after commit, present the
 * result for the caller (staff view or the reporter's own view).
 */
export function concernService(deps: Deps) {
  return {
    report: (userId: string, input: z.output<typeof reportConcernSchema>) =>
      reportConcern(deps, userId, input),
    ...concernQueries(deps),
    ...concernCourse(deps),
    ...staffActions(deps),
  };
}

export type ConcernService = ReturnType<typeof concernService>;
