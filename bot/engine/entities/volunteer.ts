import { normalize } from '../../../server/protocol/text';

/** Words for volunteering: "ik wil helpen", "vrijwilliger", "can I volunteer", "help out". */
const volunteerWords =
  /\b(?:vrijwillig\w*|meehelpen|mee helpen|helpen met|help(?:en)? bij|wil (?:graag )?helpen|kan ik helpen|volunteer\w*|help out|lend a hand|can i help)\b/;

export function mentionsVolunteering(text: string): boolean {
  return volunteerWords.test(normalize(text));
}

/** The person offers their own help ("ik wil helpen met", "I'd like to help with"), not asks for helpers. */
const ownHelp =
  /\b(?:ik (?:wil|kan|zou) (?:graag |wel )?(?:mee)?helpen|ik help graag|i (?:want|would like|'d like) to help|i can help|can i help)\b/;

export function offersToHelp(text: string): boolean {
  return ownHelp.test(normalize(text));
}

/** "ja" / "yes" -> true, "nee" / "no" -> false, otherwise undefined. */
export function yesNo(text: string): boolean | undefined {
  const norm = normalize(text);
  if (/^(?:ja|jawel|yes|yep|ok|oke|graag|ja graag|yes please|sure)\b/.test(norm)) return true;
  if (/^(?:nee|neen|no|nope|liever niet|no thanks)\b/.test(norm)) return false;
  return undefined;
}
