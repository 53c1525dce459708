import type { Deps } from '../../deps';
import { onRequest } from '../../realtime/handle';
import type { IoSocket } from '../../realtime/types';
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
export function registerConcernSocket(socket: IoSocket, deps: Deps, service: ConcernService): void {
  const { userId } = socket.data;
  onRequest(socket, deps, 'concern:report', reportConcernSchema, (input) =>
    service.report(userId, input),
  );
  onRequest(socket, deps, 'concern:mine', projectRefSchema, ({ projectId }) =>
    service.mine(userId, projectId),
  );
  onRequest(socket, deps, 'concern:feed', projectRefSchema, ({ projectId }) =>
    service.feed(userId, projectId),
  );
  onRequest(socket, deps, 'concern:detail', concernRefSchema, ({ concernId }) =>
    service.staffDetail(userId, concernId),
  );
  onRequest(socket, deps, 'concern:move', moveConcernSchema, (input) =>
    service.move(userId, input),
  );
  onRequest(socket, deps, 'concern:claim', concernRefSchema, ({ concernId }) =>
    service.claim(userId, concernId),
  );
  onRequest(socket, deps, 'concern:note', concernNoteSchema, (input) =>
    service.note(userId, input),
  );
  onRequest(socket, deps, 'concern:resolve', resolveConcernSchema, (input) =>
    service.resolve(userId, input),
  );
  onRequest(socket, deps, 'concern:request_consent', concernRefSchema, ({ concernId }) =>
    service.requestConsent(userId, concernId),
  );
  onRequest(socket, deps, 'concern:consent', consentAnswerSchema, (input) =>
    service.consent(userId, input),
  );
  onRequest(socket, deps, 'concern:mediation', mediationPhaseMoveSchema, (input) =>
    service.mediation(userId, input),
  );
  onRequest(socket, deps, 'concern:target', concernTargetSchema, (input) =>
    service.target(userId, input),
  );
  onRequest(socket, deps, 'alert:claim', alertRefSchema, ({ alertId }) =>
    service.alertAction(userId, alertId, 'claim'),
  );
  onRequest(socket, deps, 'alert:acknowledge', alertRefSchema, ({ alertId }) =>
    service.alertAction(userId, alertId, 'acknowledge'),
  );
  onRequest(socket, deps, 'alert:resolve', alertRefSchema, ({ alertId }) =>
    service.alertAction(userId, alertId, 'resolve'),
  );
}
