import { applicationFlags } from '../guild-payloads';
import { z } from 'zod';
import { invalidFormBody, unknownApplication, unknownUser } from '../errors';
import { ok, type Route } from '../http/router';
import type { RestContext } from './context';

const createDmBody = z.object({ recipient_id: z.string() });

/** Gateway discovery, users, DM channels and the application itself. */
export function userRoutes({ state, gateway }: RestContext): Route[] {
  const application = () => ({
    id: state.applicationId,
    name: state.bot.username,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: applicationFlags,
    bot: state.bot,
    team: null,
    summary: '',
  });
  return [
    { method: 'GET', pattern: '/gateway', auth: false, handle: () => ok({ url: gateway.url }) },
    {
      method: 'GET',
      pattern: '/gateway/bot',
      auth: true,
      handle: () =>
        ok({
          url: gateway.url,
          shards: 1,
          session_start_limit: {
            total: gateway.sessionStartLimit.total,
            remaining: gateway.sessionStartLimit.remaining,
            reset_after: gateway.sessionStartLimit.resetAfterMs,
            max_concurrency: 1,
          },
        }),
    },
    { method: 'GET', pattern: '/users/@me', auth: true, handle: () => ok(state.bot) },
    {
      method: 'GET',
      pattern: '/users/:userId',
      auth: true,
      handle: ({ params }) => {
        const user = state.users.get(params.userId ?? '');
        if (!user) throw unknownUser();
        return ok(user);
      },
    },
    {
      method: 'POST',
      pattern: '/users/@me/channels',
      auth: true,
      handle: ({ body }) => {
        const parsed = createDmBody.safeParse(body);
        if (!parsed.success)
          throw invalidFormBody('recipient_id', 'BASE_TYPE_REQUIRED', 'This field is required');
        if (!state.users.has(parsed.data.recipient_id)) throw unknownUser();
        return ok(state.dmChannel(parsed.data.recipient_id));
      },
    },
    { method: 'GET', pattern: '/applications/@me', auth: true, handle: () => ok(application()) },
    {
      method: 'GET',
      pattern: '/oauth2/applications/@me',
      auth: true,
      handle: () => ok(application()),
    },
    {
      method: 'GET',
      pattern: '/applications/:applicationId',
      auth: true,
      handle: ({ params }) => {
        if (params.applicationId !== state.applicationId) throw unknownApplication();
        return ok(application());
      },
    },
  ];
}
