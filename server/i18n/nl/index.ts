import { bot } from './bot';
import { errors } from './errors';
import { privacy } from './privacy';
import { web } from './web';

/** The Dutch catalogue is the source of truth for message keys; one file per area. */
export const nl = {
  ...errors,
  ...web,
  ...bot,
  ...privacy,
} as const;
