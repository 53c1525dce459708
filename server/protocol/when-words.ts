import { normalize } from './text';

/**
 * When or how often something happens, as the person said it. `recurring`: it keeps happening
 * ("elke nacht", "every weekend"); `since`: it started at some point ("sinds gisteren", "for
 * weeks"); `moment`: one time ("vannacht", "last night").
 */
export interface WhenEntity {
  text: string;
  kind: 'recurring' | 'since' | 'moment';
}

const dayParts =
  '(?:nacht|avond|ochtend|morgen|middag|dag|week|weekend|nachten|avonden|dagen|weken)';
const nlDays = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
const enParts = '(?:night|evening|morning|afternoon|day|week|weekend|nights|evenings|days|weeks)';
const enDays = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const amount = '(?:een|twee|drie|vier|vijf|paar|\\d+|a|one|two|three|four|five|few|couple of)';
const units =
  '(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|day|days|week|weeks|month|months|year|years)';

const patterns: { kind: WhenEntity['kind']; regex: RegExp }[] = [
  {
    kind: 'recurring',
    regex: new RegExp(`\\b(?:elke|iedere|alle)\\s+(?:${dayParts}|${nlDays})\\b`),
  },
  { kind: 'recurring', regex: new RegExp(`\\belk\\s+weekend\\b`) },
  { kind: 'recurring', regex: new RegExp(`\\b(?:every|each)\\s+(?:${enParts}|${enDays})\\b`) },
  {
    kind: 'recurring',
    regex:
      /'s\s?(?:nachts|avonds|ochtends|morgens)\b|\b(?:de hele (?:nacht|dag|avond)|dag en nacht|steeds weer|telkens|altijd|constant|elke keer|all night|all day|all the time|night after night|always|constantly)\b/,
  },
  {
    kind: 'since',
    regex: new RegExp(
      `\\bsinds\\s+(?:gisteren|eergisteren|vorige\\s+\\w+|vannacht|${nlDays}|${amount}\\s+${units}|\\w+)\\b`,
    ),
  },
  { kind: 'since', regex: new RegExp(`\\bal\\s+(?:${amount}\\s+)?${units}(?:\\s+lang)?\\b`) },
  {
    kind: 'since',
    regex: new RegExp(
      `\\b(?:since\\s+(?:yesterday|last\\s+\\w+|${enDays}|\\w+)|for\\s+(?:${amount}\\s+)?${units})\\b`,
    ),
  },
  {
    kind: 'moment',
    regex: new RegExp(
      `\\b(?:vannacht|vanavond|vanochtend|vanmorgen|gisteravond|gisternacht|gisteren|eergisteren|afgelopen\\s+(?:nacht|weekend|${nlDays})|vorige\\s+week)\\b`,
    ),
  },
  {
    kind: 'moment',
    regex: new RegExp(
      `\\b(?:last\\s+(?:night|evening|weekend|week|${enDays})|yesterday|tonight|this\\s+(?:morning|evening))\\b`,
    ),
  },
];

/** Finds the first time or frequency expression in a message. */
export function extractWhen(text: string): WhenEntity | undefined {
  const norm = normalize(text);
  let found: (WhenEntity & { index: number }) | undefined;
  for (const { kind, regex } of patterns) {
    const match = regex.exec(norm);
    if (match && (!found || match.index < found.index)) {
      found = { text: match[0], kind, index: match.index };
    }
  }
  return found ? { text: found.text, kind: found.kind } : undefined;
}
