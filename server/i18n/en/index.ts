import type { MessageKey } from '../catalogue';
import { bot } from './bot';
import { concerns } from './concerns';
import { errors } from './errors';
import { staff } from './staff';
import { web } from './web';

export const en: Record<MessageKey, string> = {
  ...errors,
  ...web,
  ...bot,
  ...staff,
  ...concerns,
};
