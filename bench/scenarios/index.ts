import type { Scenario } from '../lib/context';
import { bot } from './bot';
import { capacity } from './capacity';
import { connections } from './connections';
import { engines } from './engines';
import { fanout } from './fanout';
import { http } from './http';
import { storm } from './storm';

/** In run order; `--only=` takes these names. */
export const scenarios: Scenario[] = [connections, fanout, capacity, http, bot, engines, storm];
