import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import { answerOffer, signUp, withdraw } from '../../domain/activities/signups';
import { consume } from '../../limits/limiters';
import { presentSignupResult } from './presenters';

/**
 * The activities area's use cases that HTTP and the socket share, and the one way the area
 * publishes what a domain change produced (after it committed).
 */
export function activityService(deps: Deps) {
  const { db, clock, dispatcher, limiters } = deps;

  async function publish(events: DomainEvent[]): Promise<void> {
    for (const event of events) await dispatcher.publish(event);
  }

  return {
    publish,

    async signUp(userId: string, input: { activityId: string; guests: number }) {
      await consume(limiters.actions, userId);
      const done = await signUp(db, clock, { ...input, userId });
      await publish(done.events);
      return presentSignupResult(done.result);
    },

    async withdraw(userId: string, activityId: string) {
      const done = await withdraw(db, clock, { activityId, userId });
      await publish(done.events);
      return presentSignupResult(done.result);
    },

    async answerOffer(userId: string, input: { activityId: string; accept: boolean }) {
      const done = await answerOffer(db, clock, { ...input, userId });
      await publish(done.events);
      return presentSignupResult(done.result);
    },
  };
}

export type ActivityService = ReturnType<typeof activityService>;
