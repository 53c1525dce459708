import type { Db, Tx } from '../../../db/database';
import type { Bot } from '../../../bot/runtime';
import type { ActionExecutor } from '../../../bot/runtime/executor';
import type { HelpRequestAction } from '../../../bot/engine/actions';
import { ActionRefused } from '../../../bot/runtime/executor';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../../domain/events';
import { AppError, forbidden } from '../../errors';
import { isMessageKey, t } from '../../i18n/catalogue';
import { answerAftercare } from '../../domain/concerns/aftercare';
import { addToHelpRequest, createAlert, routeHelp } from '../../domain/concerns/alerts';
import { replyToBurenbericht } from '../../domain/concerns/burenbericht';
import { answerConsent } from '../../domain/concerns/consent';
import { answerFollowup } from '../../domain/concerns/followup';
import { answerMediation } from '../../domain/concerns/mediationConsent';
import { applyDetails, moveConcern } from '../../domain/concerns/moves';
import {
  findConcernByRef,
  findConcernByThread,
  lockConcern,
  loadConcernRecord,
  roleIn,
  type ConcernRow,
} from '../../domain/concerns/records';
import { createConcern } from '../../domain/concerns/report';
import { deliverPrivately } from '../../domain/concerns/delivery';
import { toldText } from '../../domain/concerns/emergencyNotice';
import { projectLocale } from '../../domain/projects/locale';

type InTx = (work: (tx: Tx) => Promise<DomainEvent[]>) => Promise<DomainEvent[]>;

/** One transaction for an action; a refusal becomes words for the person (`ActionRefused`). */
function refusingTransaction(db: Db): InTx {
  return async function inTx(work) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (error instanceof AppError) {
        const key = Object.values(error.fields ?? {})[0]?.key;
        throw new ActionRefused(key && isMessageKey(key) ? key : 'concerns.bot.concern_not_found');
      }
      throw error;
    }
  };
}

/** The concern a reference names (`userId`: only when it is theirs), or `not_found`. */
async function concernByRef(tx: Tx, ref: string, userId?: string): Promise<ConcernRow> {
  const concern = await findConcernByRef(tx, ref);
  if (!concern || (userId !== undefined && concern.reporterId !== userId))
    throw new AppError('not_found', { ref: { key: 'concerns.bot.concern_not_found' } });
  return concern;
}
const ownConcern = (tx: Tx, ref: string, userId: string) => concernByRef(tx, ref, userId);

/**
 * Buurtbot's actions about concerns, care signals, help requests and emergencies: each is
 * stored as a tracked record (with its live staff alert where staff must act) in one
 * transaction; a refusal (a stale button, a closed concern) is told to the person in words.
 */
export function registerConcernActions(bot: Bot, db: Db, clock: Clock): void {
  const inTx = refusingTransaction(db);
  registerConcernSteps(bot.executor, inTx, clock);
  registerConcernAnswers(bot.executor, inTx, clock);
  registerHelpActions(bot.executor, inTx, clock);
  registerEmergencyAction(bot.executor, inTx, clock);
}

/** A concern started, moved up the ladder, given details, or followed up by its reporter. */
function registerConcernSteps(executor: ActionExecutor, inTx: InTx, clock: Clock): void {
  executor.register('concern.start', (action) =>
    inTx(async (tx) => {
      const role = await roleIn(tx, action.projectId, action.userId);
      if (!role) throw forbidden();
      const { events } = await createConcern(tx, clock, {
        projectId: action.projectId,
        reporterId: action.userId,
        reporterRole: role,
        ref: action.ref,
        source: 'bot',
        category: action.category ?? 'other',
        description: action.description.slice(0, 2000),
        whenText: action.when,
        unitLabel: action.unit,
        fromSharedRoom: action.fromSharedRoom,
      });
      return events;
    }),
  );

  executor.register('concern.step', (action) =>
    inTx(async (tx) => {
      const concern = await ownConcern(tx, action.ref, action.userId);
      const { events } = await moveConcern(tx, clock, {
        concernId: concern.id,
        to: action.to,
        actor: 'reporter',
        actorId: action.userId,
        unitLabel: action.unit,
        named: action.named,
        details: action.details,
      });
      return events;
    }),
  );

  executor.register('concern.details', (action) =>
    inTx(async (tx) => {
      const concern = await ownConcern(tx, action.ref, action.userId);
      await applyDetails(tx, await lockConcern(tx, concern.id), action.details, clock.now());
      return [
        {
          type: 'concern.changed',
          record: await loadConcernRecord(tx, concern.id),
          change: 'details',
        },
      ];
    }),
  );

  executor.register('concern.followup', (action) =>
    inTx(async (tx) => {
      const concern = await ownConcern(tx, action.ref, action.userId);
      return answerFollowup(tx, clock, {
        concernId: concern.id,
        userId: action.userId,
        answer: action.answer,
      });
    }),
  );
}

/** Answers to Buurtbot's questions about a concern, and a neighbour's reply to a burenbericht. */
function registerConcernAnswers(executor: ActionExecutor, inTx: InTx, clock: Clock): void {
  executor.register('concern.consent', (action) =>
    inTx(async (tx) => {
      const concern = await ownConcern(tx, action.ref, action.userId);
      return answerConsent(tx, clock, {
        concernId: concern.id,
        userId: action.userId,
        answer: action.answer,
      });
    }),
  );

  executor.register('concern.aftercare', (action) =>
    inTx(async (tx) => {
      const concern = await concernByRef(tx, action.ref);
      return answerAftercare(tx, clock, {
        concernId: concern.id,
        userId: action.userId,
        answer: action.answer,
      });
    }),
  );

  executor.register('concern.mediation', (action) =>
    inTx(async (tx) => {
      const concern = await concernByRef(tx, action.ref);
      return answerMediation(tx, clock, {
        concernId: concern.id,
        userId: action.userId,
        answer: action.answer,
      });
    }),
  );

  executor.register('neighbour.reply', (action) =>
    inTx((tx) =>
      replyToBurenbericht(tx, clock, {
        burenberichtId: action.burenberichtId,
        userId: action.userId,
        kind: action.kind,
        text: action.text,
      }),
    ),
  );
}

// A help request reaches the person's own support worker, or else the staff member on call, at once.
/** A help request becomes an alert for staff, routed to the own worker or the one on call. */
async function raiseHelp(tx: Tx, clock: Clock, action: HelpRequestAction, name: string) {
  const route = await routeHelp(tx, action.projectId, action.userId, clock.now());
  const locale = await projectLocale(tx, action.projectId);
  const topic = t(locale, `staff.topic.${action.topic}`);
  const lines = [
    action.reason === 'bot_misunderstood'
      ? t(locale, 'staff.help_request_misunderstood', { name })
      : t(locale, action.urgent ? 'staff.help_request_urgent' : 'staff.help_request', {
          name,
          topic,
        }),
  ];
  if (action.note) lines.push(t(locale, 'staff.help_note', { note: action.note }));
  lines.push(t(locale, `staff.answered_by.${action.answeredBy}`, { name }));
  const { events } = await createAlert(tx, clock, {
    projectId: action.projectId,
    kind: 'help',
    priority: action.urgent ? 'urgent' : 'normal',
    subjectUserId: action.userId,
    summary: action.note?.slice(0, 1000) ?? null,
    codes: [action.topic, action.reason],
    assignedToId: route.assignedToId,
    staffNotice: lines.join('\n'),
  });
  // The person who answers hears it at once, in their own Buurtbot conversation too.
  if (route.assignedToId)
    events.push(
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: action.projectId, userId: route.assignedToId },
        {
          visibility: 'private',
          text: t(locale, 'concerns.staff.help_for_you', { name }),
        },
        'notice',
      )),
    );
  return events;
}

/** Help requests (and what is added to them) and care signals, for staff only. */
function registerHelpActions(executor: ActionExecutor, inTx: InTx, clock: Clock): void {
  executor.register('help.request', (action, ctx) =>
    inTx((tx) => raiseHelp(tx, clock, action, ctx.authorName)),
  );

  // What the person adds after asking: to the open request, or a new one when there is none.
  executor.register('help.detail', (action, ctx) =>
    inTx(async (tx) => {
      const locale = await projectLocale(tx, action.projectId);
      const lines = [
        t(locale, 'staff.help_detail', {
          name: ctx.authorName,
          topic: t(locale, `staff.topic.${action.topic}`),
        }),
      ];
      if (action.note) lines.push(t(locale, 'staff.help_note', { note: action.note }));
      const added = await addToHelpRequest(tx, clock, {
        projectId: action.projectId,
        userId: action.userId,
        topic: action.topic,
        ...(action.note ? { note: action.note } : {}),
        staffNotice: lines.join('\n'),
      });
      if (added) return added;
      const again: HelpRequestAction = {
        type: 'help.request',
        projectId: action.projectId,
        userId: action.userId,
        urgent: false,
        topic: action.topic,
        reason: 'asked',
        answeredBy: 'any_staff',
      };
      if (action.note) again.note = action.note;
      return raiseHelp(tx, clock, again, ctx.authorName);
    }),
  );

  // Care signals go to staff only; the sender is thanked by the bot, the person concerned never hears.
  executor.register('care.signal', (action, ctx) =>
    inTx(async (tx) => {
      const locale = await projectLocale(tx, action.projectId);
      const unit = action.unit ? t(locale, 'staff.care_signal_unit', { unit: action.unit }) : '';
      const { events } = await createAlert(tx, clock, {
        projectId: action.projectId,
        kind: 'care',
        priority: 'high',
        subjectUserId: action.userId,
        unitLabel: action.unit ?? null,
        summary: action.note.slice(0, 1000),
        staffNotice: t(locale, 'staff.care_signal', {
          name: ctx.authorName,
          note: action.note.slice(0, 1000),
          unit,
        }),
      });
      return events;
    }),
  );
}

function registerEmergencyAction(executor: ActionExecutor, inTx: InTx, clock: Clock): void {
  // Emergency words, anywhere: an urgent alert that repeats until acknowledged. When they were
  // written about an open concern (in its thread, or during its ladder conversation), that
  // concern jumps to `nood`.
  executor.register('emergency.alert', (action, ctx) =>
    inTx(async (tx) => {
      let concern: ConcernRow | undefined;
      if (action.concernRef) concern = await findConcernByRef(tx, action.concernRef);
      else if (action.channelKind === 'thread')
        concern = await findConcernByThread(tx, action.channelId);
      if (concern && (concern.reporterId !== action.userId || concern.status !== 'open'))
        concern = undefined;
      if (concern && concern.step !== 'nood') {
        const { events } = await moveConcern(tx, clock, {
          concernId: concern.id,
          to: 'nood',
          actor: 'system',
          actorId: null,
          reason: 'emergency_words',
          emergencyText: action.text,
          emergencyKinds: action.kinds,
          emergencyTold: action.told,
        });
        return events;
      }
      const locale = await projectLocale(tx, action.projectId);
      const kinds = action.kinds.map((k) => t(locale, `staff.emergency_kind.${k}`)).join(', ');
      const { events } = await createAlert(tx, clock, {
        projectId: action.projectId,
        kind: 'urgent',
        priority: 'urgent',
        concernId: concern?.id ?? null,
        subjectUserId: action.userId,
        summary: action.text.slice(0, 1000),
        codes: action.kinds,
        staffNotice: t(locale, 'staff.emergency', {
          name: ctx.authorName,
          kinds,
          room: t(locale, `staff.room.${action.channelKind}`),
          text: action.text.slice(0, 500),
          told: toldText(locale, action.told ?? ['112']),
        }),
      });
      return events;
    }),
  );
}
