import { activityLine } from '../activities';
import type { Command } from './command';
import { commandArgs } from './command';

const MAX_LISTED = 8;

/** `/activiteiten`: what is coming up. Not personal: answered in the room it was asked in. */
export default {
  name: 'activiteiten',
  aliases: ['activities'],
  description: 'bot.commands.activiteiten',
  schema: commandArgs,
  async handle(ctx) {
    const upcoming = await ctx.ports.upcomingActivities(
      ctx.input.projectId,
      ctx.input.author.userId,
    );
    if (upcoming.length === 0) {
      return {
        replies: [{ visibility: ctx.roomVisibility, text: ctx.t('bot.activities.none') }],
        actions: [],
      };
    }
    const lines = [
      ctx.t('bot.activities.title'),
      ...upcoming.slice(0, MAX_LISTED).map((a) => activityLine(ctx, a)),
    ];
    return {
      replies: [
        {
          visibility: ctx.roomVisibility,
          text: lines.join('\n'),
          choices: [
            { n: 1, label: ctx.t('bot.activities.choice_signup'), value: '/aanmelden' },
            { n: 2, label: ctx.t('bot.activities.choice_cancel'), value: '/afmelden' },
          ],
        },
      ],
      actions: [],
    };
  },
} satisfies Command;
