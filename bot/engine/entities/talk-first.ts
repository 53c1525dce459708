import { normalize } from '../../../server/protocol/text';

/**
 * "ik ga eerst zelf met haar praten", "ik praat er eerst zelf over met de buurman", "I'll talk to
 * him myself first": the person changes their mind and wants to talk to the neighbour first.
 */
const talkFirst = [
  /\b(ik )?(ga|wil|zal|probeer)( het)?( toch)? eerst( zelf)?( even)? (met|bij) (hem|haar|ze|hen|die|de buur\S*|mijn buur\S*)\b.*\b(praten|spreken|aanspreken|langs)\b/,
  /\b(ik )?(praat|spreek)( er)?( toch)? eerst( zelf)?( even)?( er)?( over)? met\b/,
  /\beerst zelf (praten|proberen|met)\b/,
  /\bzelf (met )?(hem|haar|ze|de buur\S*) (praten|aanspreken)\b/,
  /\b(i'll|i will|let me|i want to|i'd rather|i'll just)( first)? (talk|speak) to (him|her|them|my neighbou?r|the neighbou?r)( myself| first| myself first)?\b/,
  /\btalk to (him|her|them) (myself|first)\b/,
];

export function wantsToTalkFirst(text: string): boolean {
  const norm = normalize(text);
  return talkFirst.some((re) => re.test(norm));
}
