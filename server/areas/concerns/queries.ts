import type { Deps } from '../../deps';
import { forbidden } from '../../errors';
import { requireMembership, requireRole } from '../../domain/membership/memberships';
import { listMine, staffDetail, staffFeed } from '../../domain/concerns/queries';
import { loadConcernRecord } from '../../domain/concerns/records';
import type { ReporterConcern, StaffConcernDetail, StaffFeed } from '../../protocol/concerns';
import { isStaffRole } from '../../protocol/roles';
import {
  presentAlert,
  presentAuditEntry,
  presentNote,
  presentReporterConcern,
  presentStaffConcern,
} from './presenters';
import { actorFor } from './access';

/** Reading concerns: a resident's own, the staff feed, one concern in the caller's view. */
export function concernQueries(deps: Deps) {
  const { db, clock } = deps;

  async function detail(
    userId: string,
    concernId: string,
  ): Promise<StaffConcernDetail | ReporterConcern> {
    const { actor } = await actorFor(db, userId, concernId);
    if (actor === 'reporter') return presentReporterConcern(await loadConcernRecord(db, concernId));
    const detail = await staffDetail(db, concernId);
    return {
      concern: presentStaffConcern(detail.record),
      notes: detail.notes.map(presentNote),
      audit: detail.audit.map((row) => presentAuditEntry(row, row.actorName)),
      alerts: detail.alerts.map(presentAlert),
    };
  }

  return {
    async mine(userId: string, projectId: string): Promise<ReporterConcern[]> {
      await requireMembership(db, userId, projectId);
      return (await listMine(db, projectId, userId)).map(presentReporterConcern);
    },

    async feed(userId: string, projectId: string): Promise<StaffFeed> {
      await requireRole(db, userId, projectId, isStaffRole);
      const feed = await staffFeed(db, projectId, clock.now());
      return {
        concerns: feed.concerns.map(presentStaffConcern),
        alerts: feed.alerts.map(presentAlert),
        onCall: feed.onCall,
        rotaGap: feed.rotaGap && {
          startsAt: feed.rotaGap.startsAt?.toISOString() ?? null,
          endsAt: feed.rotaGap.endsAt?.toISOString() ?? null,
        },
      };
    },

    detail,

    async staffDetail(userId: string, concernId: string): Promise<StaffConcernDetail> {
      const result = await detail(userId, concernId);
      if ('view' in result) throw forbidden();
      return result;
    },
  };
}
