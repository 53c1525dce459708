import { z } from 'zod';
import type { Clock } from '../../clock';
import type { Scheduler } from '../../scheduler/scheduler';
import { askAftercare } from '../../domain/concerns/aftercare';
import {
  ALERT_ESCALATE,
  ALERT_URGENT_REPEAT,
  escalateAlert,
  repeatUrgentAlert,
} from '../../domain/concerns/alerts';
import {
  askFollowup,
  CONCERN_FOLLOWUP_TIMEOUT,
  followupTimedOut,
} from '../../domain/concerns/followup';
import {
  announceGap,
  checkCoverage,
  ROTA_COVERAGE,
  ROTA_GAP,
} from '../../domain/concerns/coverage';
import { CONCERN_FOLLOWUP } from '../../domain/concerns/moves';
import { CONCERN_AFTERCARE } from '../../domain/concerns/resolve';
import {
  anonymiseExpired,
  CONCERN_RETENTION,
  scheduleRetention,
} from '../../domain/concerns/retention';

const followupPayload = z.object({
  concernId: z.string(),
  version: z.number().int(),
  round: z.number(),
});
const alertPayload = z.object({ alertId: z.string(), stage: z.number().int().default(1) });
const repeatPayload = z.object({ alertId: z.string(), n: z.number().int() });
const gapPayload = z.object({
  projectId: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  when: z.enum(['ahead', 'now']),
});
const aftercarePayload = z.object({ concernId: z.string(), reason: z.string() });

/**
 * The concerns area's timers, all in the database (`jobs`): each runs in the transaction that
 * claims it, so it fires once even with several server processes, and survives restarts.
 * Every handler re-checks the current state first (a concern moved on, an alert was claimed).
 */
export function registerConcernJobs(scheduler: Scheduler, clock: Clock): void {
  scheduler.register(CONCERN_FOLLOWUP, (tx, job) =>
    askFollowup(tx, clock, followupPayload.parse(job.payload)),
  );
  scheduler.register(CONCERN_FOLLOWUP_TIMEOUT, (tx, job) =>
    followupTimedOut(tx, clock, followupPayload.parse(job.payload)),
  );
  scheduler.register(ALERT_ESCALATE, (tx, job) => {
    const { alertId, stage } = alertPayload.parse(job.payload);
    return escalateAlert(tx, clock, alertId, stage);
  });
  scheduler.register(ALERT_URGENT_REPEAT, (tx, job) => {
    const { alertId, n } = repeatPayload.parse(job.payload);
    return repeatUrgentAlert(tx, clock, alertId, n);
  });
  scheduler.register(CONCERN_AFTERCARE, (tx, job) =>
    askAftercare(tx, clock, aftercarePayload.parse(job.payload)),
  );
  scheduler.register(ROTA_COVERAGE, (tx) => checkCoverage(tx, clock.now()));
  scheduler.register(ROTA_GAP, (tx, job) => announceGap(tx, clock, gapPayload.parse(job.payload)));
  scheduler.register(CONCERN_RETENTION, async (tx) => {
    await anonymiseExpired(tx, clock.now());
    await scheduleRetention(tx, clock.now());
  });
}
