import { isLocale, type Locale } from '../../../../server/i18n/locale';
import { isEmergencyKind, type EmergencyKind } from '../../actions';
import { tabRows } from '../../tab-rows';
import { voicesC } from './voices-c';
import { voicesD } from './voices-d';
import { voicesE } from './voices-e';
import { voicesF } from './voices-f';
import { voicesG } from './voices-g';
import { voicesH } from './voices-h';
import { voicesI } from './voices-i';
import { voicesJ } from './voices-j';
import { voicesK } from './voices-k';
import { voicesMixed } from './voices-mixed';
import { voicesNl } from './voices-nl';

/** One line of the danger corpus: a message and whether someone is in danger now. */
export interface DangerExample {
  language: Locale;
  danger: boolean;
  kinds: EmergencyKind[];
  text: string;
}

/** Tab-separated `language, danger|calm, kinds, text`; `#` lines are comments. Throws on a bad line. */
export function parseDangerLines(source: string): DangerExample[] {
  return tabRows(source).map(({ columns }) => {
    const [language = '', label = '', kinds = '', text = ''] = columns;
    const line = columns.join('\t');
    const parsed = kinds === '-' ? [] : kinds.split(',').map((k) => k.trim());
    if (!isLocale(language) || (label !== 'danger' && label !== 'calm') || text.trim() === '')
      throw new Error(`not a danger-corpus line: ${line}`);
    if (!parsed.every(isEmergencyKind)) throw new Error(`unknown emergency kind: ${line}`);
    return { language, danger: label === 'danger', kinds: parsed, text };
  });
}

/** The danger corpus per writer (each file was written by another helper). */
export const dangerFiles: Readonly<Record<string, readonly DangerExample[]>> = {
  'voices-nl': parseDangerLines(voicesNl),
  'voices-mixed': parseDangerLines(voicesMixed),
  'voices-c': parseDangerLines(voicesC),
  'voices-d': parseDangerLines(voicesD),
  'voices-e': parseDangerLines(voicesE),
  'voices-f': parseDangerLines(voicesF),
  'voices-g': parseDangerLines(voicesG),
  'voices-h': parseDangerLines(voicesH),
  'voices-i': parseDangerLines(voicesI),
  'voices-j': parseDangerLines(voicesJ),
  'voices-k': parseDangerLines(voicesK),
};

/**
 * The danger corpus: described emergencies and calm look-alikes in many voices, written on
 * 2026-12-07 by eleven helpers given only docs/bot-intents.md and docs/DOMAIN.md (never an
 * evaluation set). Imported code, never read from disk, so test data cannot leak in; the
 * evaluation test checks that no line of an evaluation set is in it.
 */
export const dangerCorpus: readonly DangerExample[] = Object.values(dangerFiles).flat();

/** The danger corpus without one writer's file: to measure the model on a writer it never read. */
export function dangerCorpusWithout(held: string): DangerExample[] {
  return Object.entries(dangerFiles).flatMap(([name, lines]) => (name === held ? [] : lines));
}
