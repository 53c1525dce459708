import type { Db } from '../../db/database';
import { getCard } from '../../server/domain/card/card';
import { namesAndHomes } from '../../server/domain/membership/homes';
import { ownWorkerOf } from '../../server/domain/membership/support-links';
import type { SimilarDefect } from '../../server/protocol/defects';
import type {
  ActivitySummary,
  DefectPlaces,
  DefectQuery,
  SupportContacts,
  VolunteerTaskSummary,
  ConcernSummary,
} from '../../server/protocol/bot-reads';
import type { BotPorts } from '../engine/ports';

/** Reads that areas add as they land (activities, the on-call rota). */
export interface PortExtensions {
  upcomingActivities?: (projectId: string, userId: string) => Promise<ActivitySummary[]>;
  onCallName?: (projectId: string) => Promise<string | undefined>;
  openVolunteerTasks?: (projectId: string, userId: string) => Promise<VolunteerTaskSummary[]>;
  defectPlaces?: (projectId: string, userId: string) => Promise<DefectPlaces>;
  similarDefects?: (
    projectId: string,
    userId: string,
    query: DefectQuery,
  ) => Promise<SimilarDefect[]>;
  myConcern?: (
    projectId: string,
    userId: string,
    ref: string,
  ) => Promise<ConcernSummary | undefined>;
}

/**
 * The engine's reads over the database. Answers only what the asking person may know:
 * their own support worker's name (never anyone else's support relationship).
 */
export function createDbPorts(db: Db, extensions: PortExtensions = {}): BotPorts {
  return {
    card: (projectId) => getCard(db, projectId),
    upcomingActivities: async (projectId, userId) =>
      extensions.upcomingActivities ? extensions.upcomingActivities(projectId, userId) : [],
    openVolunteerTasks: async (projectId, userId) =>
      extensions.openVolunteerTasks ? extensions.openVolunteerTasks(projectId, userId) : [],
    defectPlaces: async (projectId, userId) =>
      extensions.defectPlaces
        ? extensions.defectPlaces(projectId, userId)
        : { spaces: [], ownUnit: null },
    similarDefects: async (projectId, userId, query) =>
      extensions.similarDefects ? extensions.similarDefects(projectId, userId, query) : [],
    async supportContacts(projectId, userId): Promise<SupportContacts> {
      const own = await ownWorkerOf(db, projectId, userId);
      const onCallName = await extensions.onCallName?.(projectId);
      const contacts: SupportContacts = {};
      if (own) contacts.ownWorkerName = own.name;
      if (onCallName) contacts.onCallName = onCallName;
      return contacts;
    },
    myConcern: async (projectId, userId, ref) => extensions.myConcern?.(projectId, userId, ref),
    members: (projectId) => namesAndHomes(db, projectId),
  };
}
