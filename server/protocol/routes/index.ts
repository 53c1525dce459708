import { activities, newsletters } from './activities';
import { auth, me } from './auth';
import { card } from './card';
import { concerns } from './concerns';
import { defects } from './defects';
import { discord } from './discord';
import { channels, invites, projects } from './projects';
import { moderation, push } from './push';

/**
 * The HTTP contract (see `../http.ts`): every route the web client calls, by area. The test
 * `tests/integration/openapi.test.ts` checks that the server answers each of them.
 */
export const routes = {
  auth,
  me,
  projects,
  invites,
  channels,
  push,
  moderation,
  concerns,
  activities,
  newsletters,
  card,
  defects,
  discord,
};
