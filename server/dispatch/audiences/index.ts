import type { DomainEvent } from '../../domain/events';
import { activitiesAudience } from './activities';
import { concernAudience } from './concerns';
import { coreAudience } from './core';
import { defectsAudience } from './defects';
import type { AudienceMap } from './types';

/**
 * Every event type with its audience: the one reviewed place where "who hears what" is decided
 * (staff-only events never reach a resident's socket). Each area adds its map here.
 */
export const audiences: AudienceMap<DomainEvent> = {
  ...coreAudience,
  ...activitiesAudience,
  ...defectsAudience,
  ...concernAudience,
};
