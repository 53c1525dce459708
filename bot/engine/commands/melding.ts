import { concernData } from '../flows/concern';
import type { Command } from './command';
import { commandArgs } from './command';

/** Messages that only ask to report, without saying what about. */
const bare =
  /^(ik wil )?(een )?(melding|klacht|overlast)( maken| melden| doen| indienen)?[\s!.?]*$|^(i want to )?(make a |file a )?(report|complaint)[\s!.?]*$/i;

/** `/melding`: report a concern about neighbours; it becomes a private melding with staff. */
export default {
  name: 'melding',
  aliases: ['report'],
  description: 'bot.commands.melding',
  schema: commandArgs,
  async handle(_ctx, args) {
    const text = args.text.trim();
    if (text.length >= 8 && !bare.test(text)) {
      return {
        replies: [],
        actions: [],
        start: { flow: 'concern', step: 'confirm', data: concernData(text) },
      };
    }
    return { replies: [], actions: [], start: { flow: 'concern', step: 'describe', data: {} } };
  },
} satisfies Command;
