import { z } from 'zod';
import { commandBody } from '../commands';
import { invalidFormBody, unknownApplication, unknownCommand, unknownGuild } from '../errors';
import { created, noContent, ok, type Route, type RouteRequest } from '../http/router';
import type { RestContext } from './context';

/** Application commands, global and per guild: list, bulk overwrite, create (upsert), delete. */
export function commandRoutes({ state, commands }: RestContext): Route[] {
  const scopeOf = ({ params }: RouteRequest): string => {
    if (params.applicationId !== state.applicationId) throw unknownApplication();
    if (params.guildId === undefined) return 'global';
    if (!state.guilds.has(params.guildId)) throw unknownGuild();
    return params.guildId;
  };
  const parseBody = <T>(schema: z.ZodType<T>, body: unknown): T => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw invalidFormBody(
      issue?.path.join('.') || 'body',
      'BASE_TYPE_INVALID',
      issue?.message ?? 'Invalid',
    );
  };
  const routes: Route[] = [];
  for (const base of [
    '/applications/:applicationId/commands',
    '/applications/:applicationId/guilds/:guildId/commands',
  ]) {
    routes.push(
      {
        method: 'GET',
        pattern: base,
        auth: true,
        handle: (request) => ok(commands.list(scopeOf(request))),
      },
      {
        method: 'PUT',
        pattern: base,
        auth: true,
        handle: (request) =>
          ok(
            commands.overwrite(
              scopeOf(request),
              parseBody(z.array(commandBody).max(100), request.body),
            ),
          ),
      },
      {
        method: 'POST',
        pattern: base,
        auth: true,
        handle: (request) => {
          const { command, created: isNew } = commands.upsert(
            scopeOf(request),
            parseBody(commandBody, request.body),
          );
          return isNew ? created(command) : ok(command);
        },
      },
      {
        method: 'GET',
        pattern: `${base}/:commandId`,
        auth: true,
        handle: (request) => {
          const command = commands
            .list(scopeOf(request))
            .find((c) => c.id === request.params.commandId);
          if (!command) throw unknownCommand();
          return ok(command);
        },
      },
      {
        method: 'DELETE',
        pattern: `${base}/:commandId`,
        auth: true,
        handle: (request) => {
          if (!commands.remove(scopeOf(request), request.params.commandId ?? ''))
            throw unknownCommand();
          return noContent();
        },
      },
    );
  }
  return routes;
}
