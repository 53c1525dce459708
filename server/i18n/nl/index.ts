import { bot } from './bot';
import { errors } from './errors';

/** The Dutch catalogue is the source of truth for message keys; one file per area. */
export const nl = {
  ...errors,
  ...bot,
} as const;
