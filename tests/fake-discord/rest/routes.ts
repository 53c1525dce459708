import type { Route } from '../http/router';
import { channelRoutes } from './channels';
import { commandRoutes } from './commands';
import type { RestContext } from './context';
import { guildRoutes } from './guilds';
import { interactionCallbackRoutes } from './interaction-callbacks';
import { userRoutes } from './users';
import { webhookRoutes } from './webhooks';

export function allRoutes(context: RestContext): Route[] {
  return [
    ...userRoutes(context),
    ...guildRoutes(context),
    ...channelRoutes(context),
    ...webhookRoutes(context),
    ...interactionCallbackRoutes(context),
    ...commandRoutes(context),
  ];
}
