import type { MessageKey } from '../catalogue';
import { errors } from './errors';

export const en: Record<MessageKey, string> = {
  ...errors,
};
