import { defectLocation } from '../flows/defect';
import type { Command } from './command';
import { commandArgs } from './command';

const bare =
  /^(gebrek|defect|iets kapot|iets stuk|reparatie)( melden| nodig)?[\s!.?]*$|^(report a )?(defect|repair)( needed)?[\s!.?]*$/i;

/** `/gebrek`: something broken in a shared space (hall light, lift, front door). */
export default {
  name: 'gebrek',
  aliases: ['defect'],
  description: 'bot.commands.gebrek',
  schema: commandArgs,
  async handle(_ctx, args) {
    const text = args.text.trim();
    if (text.length >= 8 && !bare.test(text)) {
      const location = defectLocation(text);
      return {
        replies: [],
        actions: [],
        start: {
          flow: 'defect',
          step: location ? 'confirm' : 'where',
          data: { description: text, ...(location ? { location } : {}) },
        },
      };
    }
    return { replies: [], actions: [], start: { flow: 'defect', step: 'describe', data: {} } };
  },
} satisfies Command;
