import type { MessageKey } from '../catalogue';
import { bot } from './bot';
import { errors } from './errors';

export const en: Record<MessageKey, string> = {
  ...errors,
  ...bot,
};
