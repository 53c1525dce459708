import { words } from '../../server/protocol/text';

/**
 * Chat spellings written out, so "zn", "z'n" and "zijn" are one word to the classifier and the
 * safety rules alike. Only spellings that mean one thing: "dr" (daar, haar, dokter) stays as it is.
 */
const chatSpellings: Record<string, string> = {
  zn: 'zijn',
  "z'n": 'zijn',
  mn: 'mijn',
  "m'n": 'mijn',
  "'k": 'ik',
  k: 'ik',
  kzit: 'ik zit',
  kben: 'ik ben',
  kheb: 'ik heb',
  kga: 'ik ga',
  kweet: 'ik weet',
  kwil: 'ik wil',
  kzie: 'ik zie',
  khoor: 'ik hoor',
  kruik: 'ik ruik',
  tis: 'het is',
  "'t": 'het',
  "'m": 'hem',
  em: 'hem',
  "d'r": 'haar',
  ff: 'even',
  effe: 'even',
  nie: 'niet',
  ni: 'niet',
  nt: 'niet',
  egt: 'echt',
  gwn: 'gewoon',
  mss: 'misschien',
  wss: 'waarschijnlijk',
  idd: 'inderdaad',
  nr: 'nummer',
  nmr: 'nummer',
  aub: 'alsjeblieft',
  ajb: 'alsjeblieft',
  hb: 'heb',
  "'s": 's',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  tnx: 'thanks',
  ty: 'thanks',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  nxt: 'next',
  rly: 'really',
  im: "i'm",
  ive: "i've",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  doesnt: "doesn't",
  didnt: "didn't",
  hes: "he's",
  shes: "she's",
  theres: "there's",
  gonna: 'going to',
  wanna: 'want to',
};

/** Prepares text for understanding: lower case, stretched letters cut ("heeeelp"), chat spellings written out. */
export function prepare(text: string): string {
  return words(text)
    .map((w) => chatSpellings[w] ?? w)
    .join(' ');
}
