import { t, type CountedKeys, type MessageKey } from '../i18n/catalogue';
import type { Locale } from '../i18n/locale';
import type { BotReply, Choice } from './bot-reply';
import type { ConcernCategory } from './concernTypes';

/**
 * Messages Buurtbot starts itself (a timer, a staff request), as replies with buttons whose values
 * are the engine's button commands. The server delivers them privately in the person's Buurtbot
 * conversation (or, later, a Discord DM); the answers come back through the engine.
 */
function buttons(locale: Locale, items: readonly [MessageKey, string][]): Choice[] {
  return items.map(([key, value], i) => ({ n: i + 1, label: t(locale, key), value }));
}

const topic = (locale: Locale, category: ConcernCategory) => t(locale, `bot.category.${category}`);

/**
 * "Wil je je afmelden voor …? Dan is je plek weg." before a place is given up, naming the
 * guests who go too: the same question in Buurtbot's chat and on Discord's Afmelden button.
 */
export const WITHDRAW_QUESTION: CountedKeys = {
  none: 'bot.cancel.confirm',
  one: 'bot.cancel.confirm_one',
  many: 'bot.cancel.confirm_many',
};

/** "Is it solved?" a few days after a low step. */
export function followupPrompt(
  locale: Locale,
  concern: { ref: string; category: ConcernCategory },
): BotReply {
  return {
    visibility: 'private',
    text: t(locale, 'concerns.bot.followup_question', { topic: topic(locale, concern.category) }),
    choices: buttons(locale, [
      ['concerns.bot.followup_solved', `/opvolging ${concern.ref} solved`],
      ['concerns.bot.followup_better', `/opvolging ${concern.ref} better`],
      ['concerns.bot.followup_not_solved', `/opvolging ${concern.ref} not_solved`],
    ]),
  };
}

/** "Is it still good?" some weeks after a concern was solved, for the reporter or the neighbour. */
export function aftercarePrompt(
  locale: Locale,
  concern: { ref: string; category: ConcernCategory },
  party: 'reporter' | 'neighbour',
): BotReply {
  return {
    visibility: 'private',
    text:
      party === 'reporter'
        ? t(locale, 'concerns.bot.aftercare_reporter', { topic: topic(locale, concern.category) })
        : t(locale, 'concerns.bot.aftercare_neighbour'),
    choices: buttons(locale, [
      ['concerns.bot.aftercare_good', `/nazorg ${concern.ref} good`],
      ['concerns.bot.aftercare_not_good', `/nazorg ${concern.ref} not_good`],
      ['concerns.bot.aftercare_skip', `/nazorg ${concern.ref} skip`],
    ]),
  };
}

/** Staff ask whether the case may go to the housing corporation, and with what. */
export function consentPrompt(
  locale: Locale,
  concern: {
    ref: string;
    category: ConcernCategory;
    description?: string | null;
    whenText?: string | null;
    effect?: string | null;
  },
): BotReply {
  // The person reads what the corporation would read before they say yes (names and health
  // details are theirs to take out, in the app).
  const caseText = [concern.description, concern.whenText, concern.effect]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n');
  const question = t(locale, 'concerns.bot.consent_question', {
    topic: topic(locale, concern.category),
  });
  return {
    visibility: 'private',
    text: caseText
      ? `${question}\n\n${t(locale, 'concerns.bot.consent_text', { text: caseText })}`
      : question,
    choices: buttons(locale, [
      ['concerns.bot.consent_anonymous', `/toestemming ${concern.ref} anonymous`],
      ['concerns.bot.consent_named', `/toestemming ${concern.ref} named`],
      ['concerns.bot.consent_no', `/toestemming ${concern.ref} no`],
    ]),
  };
}

/** Both parties are asked, and are free to say no. */
export function mediationPrompt(
  locale: Locale,
  concern: { ref: string },
  party: 'reporter' | 'other',
): BotReply {
  return {
    visibility: 'private',
    text: t(
      locale,
      party === 'reporter' ? 'concerns.bot.mediation_reporter' : 'concerns.bot.mediation_other',
    ),
    choices: buttons(locale, [
      ['concerns.bot.mediation_yes', `/bemiddeling ${concern.ref} yes`],
      ['concerns.bot.mediation_no', `/bemiddeling ${concern.ref} no`],
    ]),
  };
}
