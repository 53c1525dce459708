import { eq } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError, conflict } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { ConcernCategory, Frequency } from '../../protocol/concernTypes';
import type { Role } from '../../protocol/roles';
import { createPrivateChannel } from '../channels/channels';
import { postToThread } from './delivery';
import { detectSensitive } from '../../protocol/ladder';
import { scheduleFollowup } from './moves';
import {
  findConcernByRef,
  loadConcernRecord,
  recordEvent,
  userOf,
  type ConcernRow,
} from './records';
import { findUnit } from './units';

/** Who may report a concern: residents, outside neighbours and the residents' association. */
export function mayReport(role: Role): boolean {
  return role === 'resident' || role === 'neighbour' || role === 'coordinator';
}

export interface NewConcern {
  projectId: string;
  reporterId: string;
  reporterRole: Role;
  ref: string;
  source: 'bot' | 'web';
  category: ConcernCategory;
  description: string;
  whenText?: string | undefined;
  frequency?: Frequency | undefined;
  effect?: string | undefined;
  unitLabel?: string | undefined;
  talked?: 'yes' | 'no' | 'afraid' | undefined;
  unsafe?: boolean | undefined;
  fromSharedRoom?: boolean | undefined;
}

/**
 * Stores a concern and opens its private thread (the reporter as explicit member, staff by
 * role), with Buurtbot's summary in it. A retry with the same `ref` returns the stored concern.
 * It starts at `intake`; a follow-up asks the reporter later if no step is chosen.
 */
export async function createConcern(
  tx: Executor,
  clock: Clock,
  input: NewConcern,
): Promise<{ concern: ConcernRow; created: boolean; events: DomainEvent[] }> {
  const existing = await findConcernByRef(tx, input.ref);
  if (existing) {
    if (existing.reporterId !== input.reporterId) throw conflict();
    return { concern: existing, created: false, events: [] };
  }
  if (!mayReport(input.reporterRole)) throw new AppError('forbidden');
  const now = clock.now();
  const inserted = await insertConcern(tx, input, now);
  if (!inserted) {
    // A concurrent retry stored it first.
    const stored = await findConcernByRef(tx, input.ref);
    if (!stored || stored.reporterId !== input.reporterId) throw conflict();
    return { concern: stored, created: false, events: [] };
  }
  const reporter = await userOf(tx, input.reporterId);
  const locale = reporter?.locale ?? 'nl';
  const topic = t(locale, `bot.category.${input.category}`);
  const channel = await createPrivateChannel(tx, {
    projectId: input.projectId,
    kind: 'thread',
    name: t(locale, 'concerns.thread.name', { topic }),
    memberIds: [input.reporterId],
  });
  const [concern] = await tx
    .update(concerns)
    .set({ threadChannelId: channel.id })
    .where(eq(concerns.id, inserted.id))
    .returning();
  if (!concern) throw new Error('concern update returned nothing');
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.reporterId,
    actorKind: 'reporter',
    type: 'reported',
    toStep: 'intake',
    detail: { source: input.source, fromSharedRoom: input.fromSharedRoom ?? false },
    at: now,
  });
  await scheduleFollowup(tx, concern, now);
  const events: DomainEvent[] = [
    { type: 'channel.created', channel, memberIds: [input.reporterId] },
    ...(await postToThread(
      tx,
      clock,
      concern,
      [
        t(locale, 'concerns.thread.intro', { topic }),
        t(locale, 'concerns.thread.what', { text: input.description }),
      ].join('\n'),
    )),
    {
      type: 'concern.changed',
      record: await loadConcernRecord(tx, concern.id),
      change: 'reported',
    },
  ];
  return { concern, created: true, events };
}

/** The new concern's row at `intake`, or nothing when a concurrent retry stored it first. */
async function insertConcern(
  tx: Executor,
  input: NewConcern,
  now: Date,
): Promise<ConcernRow | undefined> {
  const unit = input.unitLabel ? await findUnit(tx, input.projectId, input.unitLabel) : undefined;
  const [inserted] = await tx
    .insert(concerns)
    .values({
      projectId: input.projectId,
      ref: input.ref,
      reporterId: input.reporterId,
      reporterRole: input.reporterRole,
      source: input.source,
      category: input.category,
      description: input.description,
      whenText: input.whenText ?? null,
      frequency: input.frequency ?? null,
      effect: input.effect ?? null,
      unitId: unit?.id ?? null,
      unitLabel: unit?.label ?? input.unitLabel ?? null,
      talked: input.talked ?? null,
      unsafe: input.unsafe ?? false,
      flags: detectSensitive(`${input.description} ${input.effect ?? ''}`),
      fromSharedRoom: input.fromSharedRoom ?? false,
      step: 'intake',
      stepChangedAt: now,
      reachedSteps: ['intake'],
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: concerns.ref })
    .returning();
  return inserted;
}
