import type { Scenario } from '../lib/context';
import { bot } from './bot';
import { connections } from './connections';
import { engines } from './engines';
import { bareFanout, fanout } from './fanout';
import { http } from './http';
import { storm } from './storm';

/** In run order; `bare-fanout` uses `fanout`'s figures for its ratios. */
export const scenarios: Scenario[] = [connections, fanout, bareFanout, http, bot, engines, storm];
