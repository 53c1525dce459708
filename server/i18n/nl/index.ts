import { bot } from './bot';
import { concerns } from './concerns';
import { errors } from './errors';
import { staff } from './staff';
import { web } from './web';

/** The Dutch catalogue is the source of truth for message keys; one file per area. */
export const nl = {
  ...errors,
  ...web,
  ...bot,
  ...staff,
  ...concerns,
} as const;
