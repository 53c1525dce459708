import { eq } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { ConcernDetails } from '../../protocol/concernTypes';
import { addDays, type Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { t, type MessageKey } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { LadderActor, LadderStep, AlertPriority } from '../../protocol/concernTypes';
import { scheduleJob } from '../../scheduler/scheduler';
import { createAlert } from './alerts';
import { toldText } from './emergencyNotice';
import { sendBurenbericht } from './burenbericht';
import type { CaseText } from '../../protocol/concerns';
import { forwardToCorporation } from './corporation';
import { postToThread } from './delivery';
import { checkMove, detectSensitive, type MoveRefusal } from '../../protocol/ladder';
import { endMediation, startMediation } from './mediation';
import {
  factsOf,
  loadConcernRecord,
  lockConcern,
  openAlertsOf,
  recordEvent,
  userOf,
  type ActorKind,
  type ConcernRow,
} from './records';
import { concernSettingsOf } from './settings';
import { findUnit, recipientsOf } from './units';
import { projectLocale } from '../projects/locale';

export const CONCERN_FOLLOWUP = 'concern.followup';

/** The error for a refused move: who may not is `forbidden`, the rest `conflict`, with a reason. */
export function refusal(reason: MoveRefusal | 'consent_missing', field = 'to'): AppError {
  return new AppError(reason === 'not_allowed' ? 'forbidden' : 'conflict', {
    [field]: { key: `concerns.refusal.${reason}` },
  });
}

const actorKindOf: Record<LadderActor, ActorKind> = {
  reporter: 'reporter',
  staff: 'staff',
  system: 'system',
};

/** Asks "is it solved?" after the project's follow-up days (one timer per step and round). */
export async function scheduleFollowup(
  tx: Executor,
  concern: Pick<ConcernRow, 'id' | 'projectId' | 'stepVersion'>,
  now: Date,
  round = 1,
): Promise<void> {
  const settings = await concernSettingsOf(tx, concern.projectId);
  await scheduleJob(tx, {
    kind: CONCERN_FOLLOWUP,
    payload: { concernId: concern.id, version: concern.stepVersion, round },
    runAt: addDays(now, settings.followupDays),
    dedupeKey: `${CONCERN_FOLLOWUP}:${concern.id}:${concern.stepVersion}:${round}`,
  });
}

/** Records what the reporter told the bot after the report was stored. */
export async function applyDetails(
  tx: Executor,
  concern: ConcernRow,
  details: ConcernDetails,
  now: Date,
): Promise<ConcernRow> {
  const effect = details.effect ?? concern.effect;
  const set: Partial<typeof concerns.$inferInsert> = { updatedAt: now };
  if (details.when) set.whenText = details.when;
  if (details.frequency) set.frequency = details.frequency;
  if (details.effect) set.effect = details.effect;
  if (details.unsafe) set.unsafe = true;
  if (details.talked) set.talked = details.talked;
  if (details.effect)
    set.flags = [
      ...new Set([
        ...concern.flags,
        ...detectSensitive(`${concern.description ?? ''} ${effect ?? ''}`),
      ]),
    ];
  const [row] = await tx.update(concerns).set(set).where(eq(concerns.id, concern.id)).returning();
  return row ?? concern;
}

function priorityOf(concern: ConcernRow, actor: LadderActor): AlertPriority {
  if (concern.unsafe) return 'high';
  if (concern.flags.length > 0 && actor !== 'system') return 'high';
  return 'normal';
}

export interface MoveInput {
  concernId: string;
  to: LadderStep;
  actor: LadderActor;
  actorId: string | null;
  /** For a burenbericht: the home (when not known yet) and whether to be named. */
  unitLabel?: string | undefined;
  named?: boolean | undefined;
  details?: ConcernDetails | undefined;
  /** Why the system moved it (audit), or the emergency text for `nood` (staff-only). */
  reason?: string | undefined;
  emergencyText?: string | undefined;
  emergencyKinds?: string[] | undefined;
  /** What Buurtbot showed the person (112, 113, the police officer...), for the staff notice. */
  emergencyTold?: readonly string[] | undefined;
  /** For `corporatie`: the texts the reporter checked for the corporation. */
  caseText?: CaseText | undefined;
}

/**
 * Moves a concern on the ladder, if the ladder allows this actor that move, and does what the
 * new step means: tips and a follow-up (zelf), the neutral message to the neighbour
 * (burenbericht), a staff alert (begeleiding), mediation's intake (bemiddeling), the case for the
 * housing corporation (corporatie), an urgent alert with the 112 advice (nood). Everything in
 * the caller's transaction; returns the events to publish after commit.
 */
export async function moveConcern(
  tx: Executor,
  clock: Clock,
  input: MoveInput,
): Promise<{ concern: ConcernRow; events: DomainEvent[] }> {
  const now = clock.now();
  const { concern, recipients } = await checkedMove(tx, input, now);
  const from = concern.step;
  const moved = await recordMove(tx, concern, input, now);
  const ctx = await moveContext(tx, clock, now, moved, from, input);
  const events = [
    ...(input.to === 'burenbericht'
      ? await sendBurenbericht(tx, clock, moved, recipients)
      : await stepEffects[input.to](ctx)),
  ];
  if (input.to === 'zelf' || input.to === 'burenbericht') await scheduleFollowup(tx, moved, now);
  events.push({
    type: 'concern.changed',
    record: await loadConcernRecord(tx, moved.id),
    change: 'moved',
  });
  return { concern: moved, events };
}

/**
 * The concern as the move will leave it (the reporter's details, the home and naming of a
 * burenbericht), its burenbericht's recipients, once the ladder allows the move.
 */
async function checkedMove(tx: Executor, input: MoveInput, now: Date) {
  let concern = await lockConcern(tx, input.concernId);
  if (input.details && input.actor === 'reporter')
    concern = await applyDetails(tx, concern, input.details, now);
  if (input.to === 'burenbericht' && input.actor === 'reporter') {
    if (input.unitLabel) {
      const unit = await findUnit(tx, concern.projectId, input.unitLabel);
      concern = { ...concern, unitId: unit?.id ?? null, unitLabel: unit?.label ?? input.unitLabel };
    }
    concern = { ...concern, named: input.named === true };
  }
  const recipients = input.to === 'burenbericht' ? await recipientsOf(tx, concern) : [];
  // A burenbericht needs a person or a home named, not members living there: whether a home
  // has members is not for the reporter to learn (an empty home is reported to staff instead).
  const check = checkMove(
    concern.step,
    input.to,
    input.actor,
    factsOf(concern, input.to !== 'burenbericht' || hasAddressee(concern)),
  );
  if (!check.ok) throw refusal(check.reason);
  return { concern, recipients };
}

/** Stores the new step (and the audit entry); leaving mediation ends it. */
async function recordMove(
  tx: Executor,
  concern: ConcernRow,
  input: MoveInput,
  now: Date,
): Promise<ConcernRow> {
  const from = concern.step;
  const [moved] = await tx
    .update(concerns)
    .set({
      step: input.to,
      stepVersion: concern.stepVersion + 1,
      stepChangedAt: now,
      reachedSteps: [...new Set([...concern.reachedSteps, input.to])],
      unitId: concern.unitId,
      unitLabel: concern.unitLabel,
      named: concern.named,
      mediationPhase: input.to === 'bemiddeling' ? 'intake' : concern.mediationPhase,
      updatedAt: now,
    })
    .where(eq(concerns.id, concern.id))
    .returning();
  if (!moved) throw new Error('concern update returned nothing');
  await recordEvent(tx, {
    concernId: moved.id,
    actorId: input.actorId,
    actorKind: actorKindOf[input.actor],
    type: 'moved',
    fromStep: from,
    toStep: input.to,
    detail: input.reason ? { reason: input.reason } : undefined,
    at: now,
  });
  if (from === 'bemiddeling') await endMediation(tx, moved.id, now);
  return moved;
}

/** What a step's effects need: the moved concern, who moved it, and the texts' languages. */
interface MoveContext {
  tx: Executor;
  clock: Clock;
  /** The time of the move. */
  now: Date;
  moved: ConcernRow;
  from: LadderStep;
  input: MoveInput;
  reporterName: string | undefined;
  /** Posts a catalogue text to the concern's thread, in the reporter's language. */
  thread: (key: MessageKey) => Promise<DomainEvent[]>;
  /** What the team reads in its room, in the project's language. */
  staffLocale: Locale;
  topic: string;
  unit: string;
  hasOpenAlert: boolean;
}

async function moveContext(
  tx: Executor,
  clock: Clock,
  now: Date,
  moved: ConcernRow,
  from: LadderStep,
  input: MoveInput,
): Promise<MoveContext> {
  const reporter = moved.reporterId ? await userOf(tx, moved.reporterId) : undefined;
  const locale = reporter?.locale ?? 'nl';
  const staffLocale = await projectLocale(tx, moved.projectId);
  return {
    tx,
    clock,
    now,
    moved,
    from,
    input,
    reporterName: reporter?.name,
    thread: (key) => postToThread(tx, clock, moved, t(locale, key)),
    staffLocale,
    topic: t(staffLocale, `bot.category.${moved.category}`),
    unit: moved.unitLabel ? t(staffLocale, 'concerns.staff.unit', { unit: moved.unitLabel }) : '',
    hasOpenAlert: (await openAlertsOf(tx, moved.id)).length > 0,
  };
}

/** Tips in the thread (the follow-up is planned by `moveConcern`). */
async function toZelf({ thread, input }: MoveContext): Promise<DomainEvent[]> {
  return thread(
    input.actor === 'staff' ? 'concerns.thread.step.zelf_from_staff' : 'concerns.thread.step.zelf',
  );
}

/** Staff support: the thread is told, and staff get an alert unless one is open already. */
async function toBegeleiding(ctx: MoveContext): Promise<DomainEvent[]> {
  const { tx, clock, moved, input, staffLocale } = ctx;
  const events: DomainEvent[] = [];
  if (input.reason === 'followup') events.push(...(await ctx.thread('concerns.thread.auto_up')));
  events.push(...(await ctx.thread('concerns.thread.step.begeleiding')));
  if (!ctx.hasOpenAlert && ctx.from !== 'nood') {
    const { events: raised } = await createAlert(tx, clock, {
      projectId: moved.projectId,
      kind: 'concern',
      priority: priorityOf(moved, input.actor),
      concernId: moved.id,
      subjectUserId: moved.reporterId,
      unitLabel: moved.unitLabel,
      staffNotice: t(
        staffLocale,
        moved.unsafe ? 'concerns.staff.new_concern_unsafe' : 'concerns.staff.new_concern',
        { topic: ctx.topic, unit: ctx.unit },
      ),
    });
    events.push(...raised);
  }
  return events;
}

/** Mediation starts at its intake; staff get an alert unless one is open already. */
async function toBemiddeling(ctx: MoveContext): Promise<DomainEvent[]> {
  const { tx, clock, moved, input, staffLocale } = ctx;
  await startMediation(tx, moved, input.actorId, ctx.now);
  const events = await ctx.thread('concerns.thread.step.bemiddeling');
  if (!ctx.hasOpenAlert) {
    const { events: raised } = await createAlert(tx, clock, {
      projectId: moved.projectId,
      kind: 'concern',
      priority: 'normal',
      concernId: moved.id,
      subjectUserId: moved.reporterId,
      unitLabel: moved.unitLabel,
      codes: ['mediation'],
      staffNotice: t(staffLocale, 'concerns.staff.mediation_requested', {
        topic: ctx.topic,
        unit: ctx.unit,
      }),
    });
    events.push(...raised);
  }
  return events;
}

/** The case goes to the housing corporation, and the thread is told. */
async function toCorporatie({ tx, clock, moved, input, thread }: MoveContext) {
  const events = await forwardToCorporation(
    tx,
    clock,
    moved,
    input.actor === 'staff' ? input.actorId : null,
    input.caseText,
  );
  events.push(...(await thread('concerns.thread.step.corporatie')));
  return events;
}

/** The 112 advice in the thread and an urgent alert with what was written and told. */
async function toNood(ctx: MoveContext): Promise<DomainEvent[]> {
  const { tx, clock, moved, input, staffLocale } = ctx;
  const events = await ctx.thread('concerns.thread.step.nood');
  const { events: raised } = await createAlert(tx, clock, {
    projectId: moved.projectId,
    kind: 'urgent',
    priority: 'urgent',
    concernId: moved.id,
    subjectUserId: moved.reporterId,
    unitLabel: moved.unitLabel,
    summary: input.emergencyText?.slice(0, 1000) ?? null,
    codes: input.emergencyKinds ?? [],
    staffNotice: t(staffLocale, 'staff.emergency', {
      name: ctx.reporterName ?? '?',
      kinds: (input.emergencyKinds ?? ['danger'])
        .map((k) => t(staffLocale, `staff.emergency_kind.${k as 'danger'}`))
        .join(', '),
      room: t(staffLocale, 'staff.room.thread'),
      text: (input.emergencyText ?? '').slice(0, 500),
      told: toldText(staffLocale, input.emergencyTold ?? ['112']),
    }),
  });
  events.push(...raised);
  return events;
}

/** What each step does on arrival (the burenbericht needs its recipients: see `moveConcern`). */
const stepEffects: Record<
  Exclude<LadderStep, 'burenbericht'>,
  (ctx: MoveContext) => Promise<DomainEvent[]>
> = {
  intake: async () => [],
  zelf: toZelf,
  begeleiding: toBegeleiding,
  bemiddeling: toBemiddeling,
  corporatie: toCorporatie,
  nood: toNood,
};

/** A burenbericht has someone to go to: a person, or a home by its number. */
function hasAddressee(concern: ConcernRow): boolean {
  return concern.targetUserId !== null || concern.unitId !== null || concern.unitLabel !== null;
}
