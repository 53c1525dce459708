import type { DefectReportAction } from '../actions';
import { choices } from '../context';
import type { EngineContext } from '../context';
import { normalize, phraseRegex } from '../text';
import type { FlowData } from '../state';
import type { FlowDefinition, StepResult } from './flow';

const places: [string, string[]][] = [
  ['hal', ['hal', 'hall', 'gang', 'hallway', 'corridor', 'portiek']],
  ['lift', ['lift', 'elevator']],
  ['trappenhuis', ['trappenhuis', 'trap', 'stairwell', 'stairs']],
  ['fietsenstalling', ['fietsenstalling', 'fietsenkelder', 'bike shed']],
  ['wasruimte', ['wasruimte', 'laundry room', 'laundry']],
  ['huiskamer', ['huiskamer', 'gemeenschappelijke ruimte', 'gezamenlijke ruimte', 'common room']],
  ['kelder', ['kelder', 'berging', 'basement', 'storage']],
  ['ingang', ['ingang', 'voordeur', 'hoofdingang', 'entrance', 'front door', 'main door']],
  ['galerij', ['galerij', 'walkway']],
  ['tuin', ['tuin', 'binnentuin', 'garden', 'courtyard']],
];
const placeRegexes = places.map(([place, words]) => [place, phraseRegex(words)] as const);

/** The shared space a defect message names, in Dutch ("hal", "lift"), if any. */
export function defectLocation(text: string): string | undefined {
  const norm = normalize(text);
  return placeRegexes.find(([, regex]) => regex.test(norm))?.[0];
}

function finish(ctx: EngineContext, data: FlowData): StepResult {
  const action: DefectReportAction = {
    type: 'defect.report',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    description: String(data.description ?? ''),
  };
  if (typeof data.location === 'string') action.location = data.location;
  return {
    kind: 'done',
    replies: [{ visibility: 'private', text: ctx.t('bot.defect.sent') }],
    actions: [action],
  };
}

/** Shared-space defect (first version): what is broken, where, a check; then it is passed on. */
const defect: FlowDefinition = {
  id: 'defect',
  steps: {
    describe: {
      help: 'bot.defect.describe_help',
      ask: (ctx) => ({
        text: ctx.t('bot.defect.ask_describe'),
        choices: choices(ctx, [['bot.common.stop', 'stop']]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.text.trim().length < 3) return { kind: 'unclear' };
        const location = defectLocation(answer.text);
        const next = { ...data, description: answer.text, ...(location ? { location } : {}) };
        return { kind: 'next', step: location ? 'confirm' : 'where', data: next };
      },
    },
    where: {
      help: 'bot.defect.where_help',
      ask: (ctx) => ({
        text: ctx.t('bot.defect.ask_where'),
        choices: choices(ctx, [
          ['bot.defect.place_hall', 'hal'],
          ['bot.defect.place_lift', 'lift'],
          ['bot.defect.place_stairs', 'trappenhuis'],
          ['bot.defect.place_common_room', 'huiskamer'],
          ['bot.common.skip', 'skip'],
        ]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.choice === 'skip') return { kind: 'next', step: 'confirm', data };
        const location = answer.choice ?? defectLocation(answer.text) ?? answer.text.trim();
        if (location.length < 2) return { kind: 'unclear' };
        return { kind: 'next', step: 'confirm', data: { ...data, location } };
      },
    },
    confirm: {
      help: 'bot.defect.confirm_help',
      ask: (ctx, data) => ({
        text: ctx.t(
          typeof data.location === 'string'
            ? 'bot.defect.ask_confirm_at'
            : 'bot.defect.ask_confirm',
          {
            description: String(data.description ?? ''),
            location: String(data.location ?? ''),
          },
        ),
        choices: choices(ctx, [
          ['bot.defect.choice_send', 'yes'],
          ['bot.defect.choice_cancel', 'no'],
        ]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.choice === 'yes') return finish(ctx, data);
        if (answer.choice === 'no') {
          return {
            kind: 'done',
            replies: [{ visibility: 'private', text: ctx.t('bot.defect.not_sent') }],
            actions: [],
          };
        }
        return { kind: 'unclear' };
      },
    },
  },
};

export default defect;
