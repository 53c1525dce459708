import type { SocketEvents } from '../../realtime/handle';
import {
  alertRefSchema,
  concernNoteSchema,
  concernRefSchema,
  concernTargetSchema,
  consentAnswerSchema,
  mediationPhaseMoveSchema,
  moveConcernSchema,
  projectRefSchema,
  reportConcernSchema,
  resolveConcernSchema,
} from '../../protocol/concerns';
import type { ConcernService } from './service';

/** The concerns area's socket events: each validated, authorised again, answered with an ack. */
export function concernEvents(events: SocketEvents, service: ConcernService): void {
  events.request('concern:report', reportConcernSchema, (input, socket) =>
    service.report(socket.data.userId, input),
  );
  events.request('concern:mine', projectRefSchema, ({ projectId }, socket) =>
    service.mine(socket.data.userId, projectId),
  );
  events.request('concern:feed', projectRefSchema, ({ projectId }, socket) =>
    service.feed(socket.data.userId, projectId),
  );
  events.request('concern:detail', concernRefSchema, ({ concernId }, socket) =>
    service.staffDetail(socket.data.userId, concernId),
  );
  events.request('concern:move', moveConcernSchema, (input, socket) =>
    service.move(socket.data.userId, input),
  );
  events.request('concern:claim', concernRefSchema, ({ concernId }, socket) =>
    service.claim(socket.data.userId, concernId),
  );
  events.request('concern:note', concernNoteSchema, (input, socket) =>
    service.note(socket.data.userId, input),
  );
  events.request('concern:resolve', resolveConcernSchema, (input, socket) =>
    service.resolve(socket.data.userId, input),
  );
  events.request('concern:request_consent', concernRefSchema, ({ concernId }, socket) =>
    service.requestConsent(socket.data.userId, concernId),
  );
  events.request('concern:consent', consentAnswerSchema, (input, socket) =>
    service.consent(socket.data.userId, input),
  );
  events.request('concern:mediation', mediationPhaseMoveSchema, (input, socket) =>
    service.mediation(socket.data.userId, input),
  );
  events.request('concern:target', concernTargetSchema, (input, socket) =>
    service.target(socket.data.userId, input),
  );
  for (const action of ['claim', 'acknowledge', 'resolve'] as const) {
    events.request(`alert:${action}`, alertRefSchema, ({ alertId }, socket) =>
      service.alertAction(socket.data.userId, alertId, action),
    );
  }
}
