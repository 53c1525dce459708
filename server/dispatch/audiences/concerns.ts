import {
  presentAlert,
  presentCorporationCase,
  presentNote,
  presentReporterConcern,
  presentStaffConcern,
} from '../../areas/concerns/presenters';
import { rooms } from '../../realtime/rooms';
import type { ConcernEvent } from '../../domain/events/concerns';
import type { AudienceMap } from './types';

/**
 * Who hears what about concerns. Staff-only data goes to the project's staff room (joined only
 * by support staff and admins) and nowhere else:
 * - a concern change: the full staff view to the staff room; the reporter's own view (no flags,
 *   notes, person concerned or support information) to the reporter's own sockets;
 * - notes and alerts: the staff room only;
 * - a forwarded case: the corporation members of the project, in the consented shape;
 * - the person concerned never receives any concern event (only Buurtbot's neutral message).
 */
export const concernAudience: AudienceMap<ConcernEvent> = {
  'concern.changed': (io, event) => {
    const { row } = event.record;
    io.to(rooms.staff(row.projectId)).emit('concern:updated', presentStaffConcern(event.record));
    if (row.reporterId && row.anonymisedAt === null)
      io.to(rooms.user(row.reporterId)).emit('concern:mine', presentReporterConcern(event.record));
  },
  'concern.note_added': (io, event) => {
    io.to(rooms.staff(event.note.projectId)).emit('concern:note', presentNote(event.note));
  },
  'alert.changed': (io, event) => {
    io.to(rooms.staff(event.record.row.projectId)).emit(
      'alert:updated',
      presentAlert(event.record),
    );
  },
  'corporation.case_changed': (io, event) => {
    if (event.corporationUserIds.length === 0) return;
    io.to(event.corporationUserIds.map(rooms.user)).emit(
      'corporation:case',
      presentCorporationCase(event.record),
    );
  },
  // Delivered on the web as a stored Buurtbot message; this event is for other adapters.
  'concern.outreach': () => {},
};
