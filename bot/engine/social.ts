import { normalize } from './text';

/**
 * Small talk inside the `greeting` intent. Only a hello gets the full introduction with the
 * menu; thanks, goodbyes, "hoe gaat het" and a plain "oké" get a short friendly answer.
 */
export type Social = 'thanks' | 'bye' | 'how_are_you' | 'ok' | 'hello';

const patterns: [Exclude<Social, 'hello'>, RegExp][] = [
  [
    'thanks',
    /\b(dank|dankje|dankjewel|bedankt|thanks|thank you|thank u|thx|tnx|ty|merci|cheers)\b/,
  ],
  [
    'bye',
    /\b(doei|doeg|dag dag|tot ziens|tot straks|tot morgen|tot later|fijne (dag|avond|middag|week|weekend)|welterusten|slaap lekker|goedenacht|bye|goodbye|see you|see ya|cya|good night|later)\b/,
  ],
  [
    'how_are_you',
    /\b(hoe gaat het|hoe is het|alles goed|how are you|how r u|how's it going|hows it going|you ok)\b/,
  ],
  [
    'ok',
    /^(ok|oke|okee|okay|oké|prima|top|goed|cool|helder|duidelijk|alright|fine|got it|snap ik)[\s!.]*$/,
  ],
];

export function socialKind(text: string): Social {
  const norm = normalize(text);
  return patterns.find(([, re]) => re.test(norm))?.[0] ?? 'hello';
}
