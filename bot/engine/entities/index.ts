import type { CardContactKind } from '../../../server/protocol/card';
import type { ActivityRef } from './activity';
import { extractActivity } from './activity';
import { extractCardTopic } from './card-topic';
import type { ConcernCategory } from '../../../server/protocol/concernTypes';
import { extractCategory } from './category';
import type { DateEntity } from './date';
import { extractDate } from './date';
import { extractUnit } from './unit';
import type { WhenEntity } from '../../../server/protocol/when-words';
import { extractWhen } from '../../../server/protocol/when-words';

export interface Entities {
  category?: ConcernCategory;
  when?: WhenEntity;
  unit?: string;
  activity?: ActivityRef;
  date?: DateEntity;
  cardTopic?: CardContactKind;
}

/** Everything the message says that a flow can use, so the bot asks only for what is missing. */
export function extractEntities(
  text: string,
  options: { now: Date; activities?: readonly ActivityRef[] },
): Entities {
  const entities: Entities = {};
  const category = extractCategory(text);
  if (category) entities.category = category;
  const when = extractWhen(text);
  if (when) entities.when = when;
  const unit = extractUnit(text);
  if (unit) entities.unit = unit;
  const activity = options.activities ? extractActivity(text, options.activities) : undefined;
  if (activity) entities.activity = { id: activity.id, title: activity.title };
  const date = extractDate(text, options.now);
  if (date) entities.date = date;
  const cardTopic = extractCardTopic(text);
  if (cardTopic) entities.cardTopic = cardTopic;
  return entities;
}
