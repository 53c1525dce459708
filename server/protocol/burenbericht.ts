import { t, type MessageKey, type MessageParams } from '../i18n/catalogue';
import type { Locale } from '../i18n/locale';
import type { BotReply, Choice } from './bot-reply';
import type { ConcernCategory, Frequency } from './concernTypes';
import { extractWhen } from './when-words';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface BurenberichtFacts {
  category: ConcernCategory;
  frequency?: Frequency | undefined;
  /**
   * When it happens, as the reporter said it. Only the time words are used ("'s nachts", "elke
   * avond", "sinds gisteren"), never the rest of what they wrote.
   */
  when?: string | undefined;
  /** Only when the reporter chose to be named. */
  senderName?: string | undefined;
}

/**
 * The neutral, factual message Buurtbot delivers for a reporter. It is built from the category,
 * when it happens (the time words only) and how often, never from the reporter's other words
 * (which may blame or label), and it names the sender only when they chose that. The reporter
 * sees exactly this text before it is sent.
 */
export function burenberichtText(translate: Translate, facts: BurenberichtFacts): string {
  const topic = translate(`concerns.bb.topic.${facts.category}`);
  const lines = [
    facts.senderName
      ? translate('concerns.bb.opening_named', { name: facts.senderName, topic })
      : translate('concerns.bb.opening_anonymous', { topic }),
  ];
  const when = facts.when ? extractWhen(facts.when)?.text : undefined;
  if (when) lines.push(translate('concerns.bb.when', { when }));
  else if (facts.frequency) lines.push(translate(`concerns.bb.frequency.${facts.frequency}`));
  lines.push(translate('concerns.bb.request'));
  return lines.join(' ');
}

/** The ready replies a neighbour can press (or answer in their own words). */
export function replyChoices(locale: Locale, burenberichtId: string): Choice[] {
  const items: [MessageKey, string][] = [
    ['concerns.bb.reply.sorry', 'sorry'],
    ['concerns.bb.reply.didnt_know', 'didnt_know'],
    ['concerns.bb.reply.talk', 'talk'],
    ['concerns.bb.reply.own_words', 'own_words'],
  ];
  return items.map(([key, value], i) => ({
    n: i + 1,
    label: t(locale, key),
    value: `/antwoord ${burenberichtId} ${value}`,
  }));
}

/** The burenbericht as delivered to one member of the home, in their language. */
export function burenberichtDelivery(
  locale: Locale,
  burenberichtId: string,
  facts: BurenberichtFacts,
): BotReply {
  const text = [
    burenberichtText((key, params) => t(locale, key, params), facts),
    t(locale, 'concerns.bb.how_to_answer'),
  ].join('\n');
  return { visibility: 'private', text, choices: replyChoices(locale, burenberichtId) };
}
