import { normalize } from '../../server/protocol/text';

/**
 * Yes and no as people write them: "ja doe maar", "jawel hoor", "nee eigenlijk durf ik dat
 * niet", "liever niet", "toch niet", "sure", "not really". A no-word anywhere in a short answer
 * wins over a yes ("ja nee, liever niet" is no).
 */
const noAnswer =
  /^(nee+|neen|nope|nah|no|nein|niet|nooit|never|liever niet|toch niet|eigenlijk niet|niet echt|helemaal niet|zeker niet|absoluut niet|not really|no way|hoeft niet|dat hoeft niet|laat maar|ik durf|durf ik|dat durf|ik wil (het |dat )?niet)(\s|$)/;
const noInside =
  /(^|\s)(liever niet|durf (ik |het |dat )?niet|wil (ik |het |dat )?niet|toch niet|eigenlijk niet|hoeft niet|not really|rather not|don't want|dont want|i'd rather not)(\s|$)/;
const yesAnswer =
  /^(ja+|jawel|jep|jup|yup|jazeker|zeker|zeker weten|graag|doe maar|is goed|oke+|okee|ok|okay|prima|klopt|goed|top|prima zo|yes|yeah|yep|yea|ya|sure|please|of course|natuurlijk|absoluut|dat wil ik|go|ga je gang|y|j)(\s|$)/;

export type YesNo = 'yes' | 'no';

/** "yes", "no", or undefined when the answer is neither (or too long to be only that). */
export function yesOrNo(text: string): YesNo | undefined {
  const answer = normalize(text)
    .replace(/[.!?,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (answer === '' || answer.split(' ').length > 8) return undefined;
  if (noAnswer.test(answer) || noInside.test(answer)) return 'no';
  if (yesAnswer.test(answer)) return 'yes';
  return undefined;
}

/**
 * Changing one's mind at any step of a flow: "laat maar (zitten)", "toch niet", "stop",
 * "annuleer", "never mind". The flow ends kindly and Buurtbot says what happens now.
 */
const stopPhrases =
  /^(stop|stoppen|annuleer|annuleren|cancel|laat maar|laat maar zitten|laat maar zo|laat ook maar|hou op|quit|exit|toch niet|toch maar niet|nee toch niet|nee laat maar|vergeet (het|het maar|maar)|hoeft niet meer|ik wil (toch )?niet meer|ik wil stoppen|ik stop|never ?mind|forget it|forget about it|i changed my mind|changed my mind|\/stop|\/annuleer|\/quit)([\s!.,]+(maar|hoor|dan|dank je|bedankt|thanks))?[\s!.]*$/;

export function changesMind(text: string): boolean {
  return stopPhrases.test(normalize(text));
}
