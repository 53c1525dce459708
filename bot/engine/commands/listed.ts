import aanmelden from './aanmelden';
import activiteit from './activiteit';
import activiteiten from './activiteiten';
import afmelden from './afmelden';
import buurtkaart from './buurtkaart';
import type { Command } from './command';
import gebrek from './gebrek';
import helpen from './helpen';
import hulp from './hulp';
import melding from './melding';
import plek from './plek';
import stop from './stop';
import vrijwilligers from './vrijwilligers';
import zorg from './zorg';

/**
 * The commands `/help` lists, in its order; `/help` itself comes after them (the index adds it,
 * so `help.ts` can read this list without importing the index).
 */
export const listedCommands: readonly Command[] = [
  melding,
  zorg,
  hulp,
  activiteiten,
  aanmelden,
  afmelden,
  plek,
  helpen,
  activiteit,
  vrijwilligers,
  gebrek,
  buurtkaart,
  stop,
];
