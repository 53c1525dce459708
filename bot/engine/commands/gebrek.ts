import { defectStart } from '../flows/defect';
import type { Command } from './command';
import { commandArgs } from './command';

const bare =
  /^(gebrek|defect|iets kapot|iets stuk|reparatie)( melden| nodig)?[\s!.?]*$|^(report a )?(defect|repair)( needed)?[\s!.?]*$/i;

/**
 * `/gebrek`: something broken in a shared space (hall light, lift, front door) or at home.
 * What the message already says (place, since when, urgency) is not asked again.
 */
export default {
  name: 'gebrek',
  aliases: ['defect'],
  description: 'bot.commands.gebrek',
  // The housing corporation receives defects; it does not report them.
  roles: ['resident', 'neighbour', 'staff', 'coordinator', 'admin'],
  schema: commandArgs,
  async handle(ctx, args) {
    const text = args.text.trim();
    if (text.length >= 8 && !bare.test(text))
      return { replies: [], actions: [], start: await defectStart(ctx, text) };
    return { replies: [], actions: [], start: { flow: 'defect', step: 'describe', data: {} } };
  },
} satisfies Command;
