import type { ConcernClientEvents } from '../../../server/protocol/concerns';
import type { FuzzArea, FuzzWorld } from './generators';

/** The concerns area's generators (TODO: being written; until then its routes fail the coverage test). */
export function concernsFuzz(_world: FuzzWorld): FuzzArea<keyof ConcernClientEvents> {
  return {
    routes: [],
    events: {} as FuzzArea<keyof ConcernClientEvents>['events'],
  };
}
