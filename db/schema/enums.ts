import { pgEnum } from 'drizzle-orm/pg-core';
import { roles, channelKinds } from '../../server/protocol/roles';

export const housingForms = ['gemengd', 'gespikkeld', 'geclusterd'] as const;
export type HousingForm = (typeof housingForms)[number];

export const housingFormEnum = pgEnum('housing_form', housingForms);
export const roleEnum = pgEnum('member_role', roles);
export const channelKindEnum = pgEnum('channel_kind', channelKinds);
export const localeEnum = pgEnum('locale', ['nl', 'en']);
