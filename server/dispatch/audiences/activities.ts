import {
  presentMySignup,
  presentPublicActivity,
  presentSeats,
} from '../../areas/activities/presenters';
import { activityRooms } from '../../areas/activities/rooms';
import { rooms } from '../../realtime/rooms';
import type { ActivityEvent } from '../../domain/events/activities';
import type { AudienceMap } from './types';

/**
 * - a published or cancelled activity goes to everyone who may see it: all participants when it
 *   is open to neighbours, members only otherwise; drafts and proposals only to coordinators and
 *   staff (and a proposal to its proposer);
 * - seat counts follow the same audience as the activity;
 * - a person's own sign-up only to that person;
 * - a changed buurtkaart to the whole project (everyone can read the card).
 */
export const activitiesAudience: AudienceMap<ActivityEvent> = {
  'activity.changed': (io, { record, proposerId }) => {
    const activity = presentPublicActivity(record);
    const { projectId } = activity;
    if (activity.status === 'draft' || activity.status === 'proposed') {
      const audience = [activityRooms.managers(projectId)];
      if (proposerId) audience.push(rooms.user(proposerId));
      io.to(audience).emit('activity:changed', activity);
      return;
    }
    const room = activity.openToNeighbours
      ? activityRooms.all(projectId)
      : activityRooms.members(projectId);
    io.to(room).emit('activity:changed', activity);
  },
  'activity.seats': (io, { seats, openToNeighbours }) => {
    const room = openToNeighbours
      ? activityRooms.all(seats.projectId)
      : activityRooms.members(seats.projectId);
    io.to(room).emit('activity:seats', presentSeats(seats));
  },
  'activity.mine': (io, { userId, activityId, signup }) => {
    io.to(rooms.user(userId)).emit('activity:mine', {
      activityId,
      signup: presentMySignup(signup),
    });
  },
  'card.updated': (io, { projectId }) => {
    io.to(rooms.project(projectId)).emit('card:updated', { projectId });
  },
};
