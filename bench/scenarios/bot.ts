import { startChild } from '../lib/ipc';
import type { Scenario } from '../lib/context';

/** 5. The bot: classifications and full replies (engine with fake ports) per second, one core. */
export const bot: Scenario = {
  name: 'bot',
  title: 'Bot engine on one core',
  async run(ctx) {
    const child = startChild('workers/bot.ts');
    try {
      const result = await child.call<Record<string, unknown>>('run', {
        seconds: ctx.profile.bot.seconds,
      });
      return { status: 'ok', ...result };
    } finally {
      await child.kill();
    }
  },
};
