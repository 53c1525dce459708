import { describe, expect, it } from 'vitest';
import type { AreaContext } from '../../server/area';
import { loadConfig } from '../../server/config';
import { discordArea } from './area';

describe('the Discord area', () => {
  it('without DISCORD_TOKEN mounts, starts and loads nothing', async () => {
    const config = loadConfig({ DEMO: '0' });
    expect(config.discord).toBeUndefined();
    const area = await discordArea({ deps: { config } } as unknown as AreaContext);
    expect(area).toEqual({ name: 'discord' });
  });
});
