import type { MessageKey } from '../catalogue';
import { activities } from './activities';
import { bot } from './bot';
import { errors } from './errors';
import { staff } from './staff';
import { web } from './web';

export const en: Record<MessageKey, string> = {
  ...errors,
  ...web,
  ...bot,
  ...staff,
  ...activities,
};
