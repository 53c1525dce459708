import { flagMessageSchema, hideMessageSchema } from '../../protocol/moderation';
import type { SocketEvents } from '../../realtime/handle';
import type { IoSocket } from '../../realtime/types';
import type { Caller, ModerationService } from './service';

const callerOf = (socket: IoSocket): Caller => ({
  id: socket.data.userId,
  name: socket.data.displayName,
  locale: socket.data.locale,
});

/** `message:flag` and `message:hide`: validated, authorised again, answered with an ack. */
export function moderationEvents(events: SocketEvents, service: ModerationService): void {
  events.request('message:flag', flagMessageSchema, (input, socket) =>
    service.flag(callerOf(socket), input),
  );
  events.request('message:hide', hideMessageSchema, (input, socket) =>
    service.hide(callerOf(socket), input),
  );
}
