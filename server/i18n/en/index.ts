import type { nl } from '../nl';
import { activities } from './activities';
import { bot } from './bot';
import { defects } from './defects';
import { discord } from './discord';
import { concerns } from './concerns';
import { errors } from './errors';
import { staff } from './staff';
import { privacy } from './privacy';
import { web } from './web';
import { notifications } from './notifications';
import { shell } from './shell';
import { cli } from './cli';
import { moderation } from './moderation';

/** Every Dutch key, in English (the Dutch catalogue is the source of the keys). */
export const en: Record<keyof typeof nl, string> = {
  ...errors,
  ...web,
  ...bot,
  ...staff,
  ...notifications,
  ...shell,
  ...activities,
  ...defects,
  ...privacy,
  ...discord,
  ...concerns,
  ...cli,
  ...moderation,
};
