import type { ConcernSummary } from '../../../server/protocol/bot-reads';
import type { EngineContext } from '../context';
import type { FlowStart } from '../flows/flow';
import { buttonId } from './buttonArgs';
import type { Command, Outcome } from './command';
import { commandArgs, say } from './command';

/** The ladder conversation about an existing concern, from its current step. */
export function ladderFrom(concern: ConcernSummary, intro?: string): FlowStart {
  const data: FlowStart['data'] = {
    ref: concern.ref,
    from: concern.step,
    category: concern.category,
    hasTarget: concern.hasTarget,
    excluded: concern.mediationExcluded,
  };
  if (concern.unit) data.unit = concern.unit;
  const start: FlowStart = { flow: 'ladder', step: 'choose', data };
  if (intro) start.intro = [{ visibility: 'private', text: intro }];
  return start;
}

/** Looks up the person's own open concern, or says why it cannot be used. */
export async function ownOpenConcern(
  ctx: EngineContext,
  ref: string | undefined,
): Promise<ConcernSummary | Outcome> {
  const concern = ref
    ? await ctx.ports.myConcern(ctx.input.projectId, ctx.input.author.userId, ref)
    : undefined;
  if (!concern)
    return say({ visibility: 'private', text: ctx.t('concerns.bot.concern_not_found') });
  if (concern.status === 'closed')
    return say({ visibility: 'private', text: ctx.t('concerns.bot.concern_closed') });
  return concern;
}

/** `/stap <ref>` (a button): choose a next step on the ladder for one of your own concerns. */
export default {
  name: 'stap',
  aliases: ['step'],
  description: 'concerns.bot.commands.stap',
  schema: commandArgs,
  async handle(ctx, args) {
    const concern = await ownOpenConcern(ctx, buttonId(args.text));
    if ('replies' in concern) return concern;
    return { replies: [], actions: [], start: ladderFrom(concern) };
  },
} satisfies Command;
