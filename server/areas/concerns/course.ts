import type { Deps } from '../../deps';
import { forbidden } from '../../errors';
import { takeConcern } from '../../domain/concerns/alerts';
import { answerConsent, requestConsent } from '../../domain/concerns/consent';
import { advancePhase } from '../../domain/concerns/mediation';
import { moveConcern } from '../../domain/concerns/moves';
import { addNote } from '../../domain/concerns/notes';
import { loadConcernRecord } from '../../domain/concerns/records';
import { resolveConcern } from '../../domain/concerns/resolve';
import type { z } from 'zod';
import type {
  ConcernView,
  ReporterConcern,
  StaffConcern,
  concernNoteSchema,
  consentAnswerSchema,
  mediationPhaseMoveSchema,
  moveConcernSchema,
  resolveConcernSchema,
} from '../../protocol/concerns';
import { presentNote, presentReporterConcern } from './presenters';
import { actorFor, requireStaffFor, staffView, transactionRunner, viewFor } from './access';

type Input<S extends z.ZodType> = z.output<S>;

/** A concern's course: steps, resolution, consent, mediation phases and staff notes. */
export function concernCourse(deps: Deps) {
  const { clock } = deps;
  const run = transactionRunner(deps);

  return {
    async move(userId: string, input: Input<typeof moveConcernSchema>): Promise<ConcernView> {
      return run(async (tx) => {
        const { actor } = await actorFor(tx, userId, input.concernId);
        const { events } = await moveConcern(tx, clock, {
          concernId: input.concernId,
          to: input.to,
          actor,
          actorId: userId,
          unitLabel: input.unit,
          named: input.named,
        });
        if (actor === 'staff')
          events.push(...(await takeConcern(tx, clock, input.concernId, userId)));
        return { result: viewFor(await loadConcernRecord(tx, input.concernId), actor), events };
      });
    },

    async note(userId: string, input: Input<typeof concernNoteSchema>) {
      return run(async (tx) => {
        await requireStaffFor(tx, userId, input.concernId);
        const { note, events } = await addNote(tx, clock, { ...input, authorId: userId });
        return { result: presentNote(note), events };
      });
    },

    async resolve(userId: string, input: Input<typeof resolveConcernSchema>): Promise<ConcernView> {
      return run(async (tx) => {
        const { actor } = await actorFor(tx, userId, input.concernId);
        const { events } = await resolveConcern(tx, clock, {
          concernId: input.concernId,
          outcome: input.outcome,
          actor,
          actorId: userId,
        });
        return { result: viewFor(await loadConcernRecord(tx, input.concernId), actor), events };
      });
    },

    async requestConsent(userId: string, concernId: string): Promise<StaffConcern> {
      return run(async (tx) => {
        await requireStaffFor(tx, userId, concernId);
        const events = await requestConsent(tx, clock, { concernId, staffId: userId });
        return { result: await staffView(tx, concernId), events };
      });
    },

    async consent(
      userId: string,
      input: Input<typeof consentAnswerSchema>,
    ): Promise<ReporterConcern> {
      return run(async (tx) => {
        const { actor } = await actorFor(tx, userId, input.concernId);
        if (actor !== 'reporter') throw forbidden();
        const events = await answerConsent(tx, clock, { ...input, userId });
        return {
          result: presentReporterConcern(await loadConcernRecord(tx, input.concernId)),
          events,
        };
      });
    },

    async mediation(
      userId: string,
      input: Input<typeof mediationPhaseMoveSchema>,
    ): Promise<StaffConcern> {
      return run(async (tx) => {
        await requireStaffFor(tx, userId, input.concernId);
        const events = await advancePhase(tx, clock, {
          concernId: input.concernId,
          to: input.phase,
          actor: 'staff',
          actorId: userId,
        });
        return { result: await staffView(tx, input.concernId), events };
      });
    },
  };
}
