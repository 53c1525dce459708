import type { Locale } from '../../server/i18n/locale';
import { words } from '../../server/protocol/text';

/** Frequent words that are clearly one language (and not the other). */
const dutch = new Set(
  'de het een en is ik je jij mijn mij me niet wel er dat die wat hoe wie waar wanneer bij van voor op aan met naar maar ook nog al heb hebt heeft kan kun wil wilt moet zijn was ben bent hij zij ze we wij jullie ons onze deze dit geen iets iemand hoi hallo hulp dank bedankt alsjeblieft graag ja nee buurman buurvrouw buren elke nacht morgen vandaag gisteren weer kapot doet gaat zit staat lekker goed slecht hier daar nu even zo toch maar waarom wanneer'.split(
    ' ',
  ),
);
const english = new Set(
  "the a an and is are i you my me not do does don't dont there that this what how who where when at of for on to with but also still have has can could would will want need must be was were am he she they we our no none something someone hi hello thanks thank please yes yeah neighbour neighbor neighbours neighbors every night tomorrow today yesterday again broken going sitting good bad here now just why it its it's im i'm".split(
    ' ',
  ),
);

/**
 * Guesses whether a message is Dutch or English from its common words. Returns `undefined` when
 * the message is too short or too mixed to tell; the caller then keeps the person's language.
 */
export function detectLanguage(text: string): Locale | undefined {
  let nl = 0;
  let en = 0;
  for (const word of words(text)) {
    if (dutch.has(word)) nl += 1;
    if (english.has(word)) en += 1;
  }
  if (nl === en) return undefined;
  if (nl > en && nl - en >= 1) return 'nl';
  if (en > nl && en - nl >= 1) return 'en';
  return undefined;
}
