import type { FlowData } from '../state';
import { helpRequested, helpTopicOf, isUrgent } from '../flows/help';
import type { Command } from './command';
import { commandArgs } from './command';

/** Bare requests that say nothing beyond "help". */
const bare =
  /^(hulp|help|hulp nodig|help nodig|ik heb hulp nodig|i need help|need help|help me|hulp vragen|support)[\s!.?]*$/i;

/**
 * `/hulp`: reach support staff (the first complete flow). What the message already says
 * (urgent? about money?) is not asked again.
 */
export default {
  name: 'hulp',
  aliases: ['support'],
  description: 'bot.commands.hulp',
  schema: commandArgs,
  async handle(ctx, args) {
    const text = args.text.trim();
    const data: FlowData = {};
    const topic = text === '' ? undefined : helpTopicOf(text);
    if (text !== '' && !bare.test(text)) data.note = text;
    if (topic) data.topic = topic;
    if (text !== '' && isUrgent(text)) {
      if (topic) return helpRequested(ctx, { urgent: true, topic, note: text, reason: 'asked' });
      return {
        replies: [],
        actions: [],
        start: { flow: 'help', step: 'topic', data: { ...data, urgent: true } },
      };
    }
    return { replies: [], actions: [], start: { flow: 'help', step: 'urgent', data } };
  },
} satisfies Command;
