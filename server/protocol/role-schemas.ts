import { z } from 'zod';
import { channelKinds, roles } from './roles';

/** The zod schemas of `roles.ts`, kept apart so that the roles themselves load without zod. */
export const roleSchema = z.enum(roles);
export const channelKindSchema = z.enum(channelKinds);
