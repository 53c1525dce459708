import type { MessageKey } from '../catalogue';
import { bot } from './bot';
import { errors } from './errors';
import { privacy } from './privacy';
import { web } from './web';

export const en: Record<MessageKey, string> = {
  ...errors,
  ...web,
  ...bot,
  ...privacy,
};
