import type { Route } from '../http/router';
import type { RestContext } from './context';

/** POST interactions/:id/:token/callback: the one initial response to an interaction. */
export function interactionCallbackRoutes({ interactions }: RestContext): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/interactions/:interactionId/:token/callback',
      auth: false,
      handle: ({ params, body, files, query }) =>
        interactions.callback(
          params.interactionId ?? '',
          params.token ?? '',
          body,
          files,
          query.get('with_response') === 'true',
        ),
    },
  ];
}
