import { route, type In } from '../http';
import type { Message } from '../messages';
import type { FlagResult } from '../moderation';
import type { flagNoteSchema, hideReasonSchema } from '../moderation';
import type { PushKey, PushTestResult } from '../notifications';
import type { pushSubscriptionSchema, pushUnsubscribeSchema } from '../notifications';

type Ok = { ok: true };

/** `/api/push`: Web Push subscriptions of this browser. */
export const push = {
  key: route('GET', '/api/push/key').of<{ answer: PushKey }>(),
  subscribe: route('POST', '/api/push/subscriptions').of<{
    /** `PushSubscription.toJSON()`; the server checks its shape. */
    body: In<typeof pushSubscriptionSchema> | PushSubscriptionJSON;
    answer: Ok;
  }>(),
  unsubscribe: route('DELETE', '/api/push/subscriptions').of<{
    body: In<typeof pushUnsubscribeSchema>;
    answer: Ok;
  }>(),
  test: route('POST', '/api/push/test').of<{ answer: PushTestResult }>(),
};

/** `/api/messages/:messageId`: flagging and hiding a message in a shared room. */
export const moderation = {
  flag: route('POST', '/api/messages/:messageId/flag').of<{
    body: In<typeof flagNoteSchema>;
    answer: FlagResult;
  }>(),
  hide: route('POST', '/api/messages/:messageId/hide').of<{
    body: In<typeof hideReasonSchema>;
    answer: Message;
  }>(),
};
