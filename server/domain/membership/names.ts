import { and, eq, inArray, ne } from 'drizzle-orm';
import { memberships, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { validationFailed } from '../../errors';
import type { MessageKey } from '../../i18n/catalogue';

/**
 * Names people can trust (DESIGN.md "No labels"): nobody can call themselves Buurtbot, wear a
 * role in their name ("Esther (begeleider)"), or take the name of someone already in the
 * project. Every author shows their public role next to their name, so a label that is not a
 * role is never believed; these rules keep names from pretending otherwise.
 */

/** Letters that look alike in other scripts, and digits written for letters. */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  ӏ: 'l',
  ɡ: 'g',
  ı: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '€': 'e',
};

/** A name folded to how it reads: no accents, one case, look-alike letters as Latin ones. */
function fold(name: string): string {
  return [...name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()]
    .map((ch) => LOOKALIKES[ch] ?? ch)
    .join('');
}

/**
 * The key two names are the same by: case, spaces, accents, punctuation and look-alike letters
 * do not count ("Anne-Marie" is "anne marie"). A name of only emoji keeps its emoji.
 */
export function nameKey(name: string): string {
  const folded = fold(name);
  return folded.replace(/[^\p{L}\p{N}]/gu, '') || folded.replace(/\s/gu, '');
}

/** Role words, in Dutch and English, written without spaces. */
const ROLE_WORDS = [
  'bewoner',
  'buurtbewoner',
  'begeleider',
  'begeleidster',
  'begeleiding',
  'woonbegeleider',
  'hulpverlener',
  'zorgverlener',
  'medewerker',
  'woonvereniging',
  'bewonersvereniging',
  'bewonerscommissie',
  'huurdersvereniging',
  'corporatie',
  'woningcorporatie',
  'woningbouwvereniging',
  'verhuurder',
  'wijkagent',
  'politie',
  'agent',
  'beheerder',
  'coordinator',
  'admin',
  'administrator',
  'moderator',
  'resident',
  'neighbour',
  'neighbor',
  'supportworker',
  'caseworker',
  'socialworker',
  'staff',
  'residentsassociation',
  'corporation',
  'housingcorporation',
  'landlord',
  'police',
  'policeofficer',
  'communitypolice',
].map(fold);
const BOT_WORDS = ['buurtbot', 'buurtkamer'].map(fold);
/** Role words that are also refused inside a word ("Estherbegeleider"): no name holds them. */
const INSIDE_WORDS = [
  'begeleider',
  'begeleidster',
  'woonvereniging',
  'corporatie',
  'wijkagent',
  'moderator',
  'supportworker',
  'administrator',
];

/** The words of a name as they read: "EstherBegeleider" is "esther" "begeleider". */
function wordsOf(name: string): string[] {
  return fold(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The reserved word a name holds, if any: Buurtbot's name or a role word, as a word or as
 * words run together ("Buurt Bot", "support-worker", "b e g e l e i d e r"), and long role words
 * also inside a word.
 */
export function reservedWordIn(name: string): { word: string; bot: boolean } | undefined {
  const words = wordsOf(name);
  const reserved = (candidate: string) => {
    if (BOT_WORDS.includes(candidate)) return { word: candidate, bot: true };
    if (ROLE_WORDS.includes(candidate)) return { word: candidate, bot: false };
    return undefined;
  };
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length; j++) {
      joined += words[j];
      const found = reserved(joined);
      if (found) return found;
    }
  }
  const whole = words.join('');
  for (const word of BOT_WORDS) if (whole.includes(word)) return { word, bot: true };
  for (const word of INSIDE_WORDS) if (whole.includes(word)) return { word, bot: false };
  return undefined;
}

function refuse(key: MessageKey, params?: Record<string, string>): never {
  throw validationFailed({ displayName: params ? { key, params } : { key } });
}

/**
 * Checks a display name before it is stored: no reserved word, and not the name of someone
 * else in any of `projectIds` (the projects the person is, or is about to be, a member of).
 * Refused with a field problem on `displayName` in the person's language.
 */
export async function checkDisplayName(
  db: Executor,
  name: string,
  scope: { projectIds: readonly string[]; selfId?: string | undefined },
): Promise<void> {
  const reserved = reservedWordIn(name);
  if (reserved?.bot) refuse('fields.name_bot');
  if (reserved) refuse('fields.name_role', { word: reserved.word });
  if (scope.projectIds.length === 0) return;
  const others = await db
    .selectDistinct({ name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.projectId, [...scope.projectIds]),
        scope.selfId ? ne(users.id, scope.selfId) : undefined,
      ),
    );
  const key = nameKey(name);
  if (others.some((other) => nameKey(other.name) === key)) refuse('fields.name_taken');
}
