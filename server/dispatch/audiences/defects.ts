import { canSeeDefect } from '../../domain/defects/access';
import { isReporter } from '../../domain/defects/cases';
import { factsOf } from '../../domain/defects/lifecycle';
import { presentDefect } from '../../areas/defects/presenters';
import { rooms } from '../../realtime/rooms';
import type { DefectEvent } from '../../domain/events/defects';
import type { AudienceMap } from './types';

/**
 * A case that was made or changed goes, to each person's own sockets, in the view of their
 * role: staff, admins and coordinators always; the corporation once it was forwarded; residents
 * and neighbours only for cases they reported or said "me too" to.
 */
export const defectsAudience: AudienceMap<DefectEvent> = {
  'defect.changed': (io, event) => {
    const facts = factsOf(event.record.defect);
    const seen = new Set<string>();
    for (const member of event.members) {
      if (seen.has(member.userId)) continue;
      seen.add(member.userId);
      const reporter = isReporter(event.record, member.userId);
      if (!canSeeDefect(member.role, facts, reporter)) continue;
      io.to(rooms.user(member.userId)).emit('defect:changed', {
        change: event.change,
        defect: presentDefect(event.record, member),
      });
    }
  },
};
