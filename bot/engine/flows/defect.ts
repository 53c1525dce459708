import {
  defectSinces,
  type DefectSince,
  type SimilarDefect,
  type UrgentKind,
  urgentKinds,
} from '../../../server/protocol/defects';
import type { DefectMeTooAction, DefectReportAction } from '../actions';
import { choices } from '../context';
import type { EngineContext } from '../context';
import {
  detectUrgentDefect,
  extractSince,
  extractSpaceKind,
  mentionsOwnHome,
} from '../entities/defect';
import { contactLine, contactsFor } from '../replies';
import type { FlowData } from '../state';
import { normalize, phraseRegex } from '../../../server/protocol/text';
import type { BotReply, Choice } from '../../../server/protocol/bot-reply';
import type { FlowDefinition, FlowStart, StepResult } from './flow';

/** At most this many spaces are offered as buttons (typing a name works for all). */
const MAX_SPACE_CHOICES = 7;
/** At most this many look-alike cases are offered for "me too". */
const MAX_SIMILAR = 3;
/** Typed answers that mean "yes, the same, me too". */
const sameWords =
  /^(ja|jaa|jep|ja hoor|ja graag|klopt|ik ook|ja ik ook|hetzelfde|dat is het|yes|yep|yeah|me too|same|same thing)[\s!.]*$/;

function priv(text: string, offered?: Choice[]): BotReply {
  return offered
    ? { visibility: 'private', text, choices: offered }
    : { visibility: 'private', text };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function isSince(value: unknown): value is DefectSince {
  return typeof value === 'string' && (defectSinces as readonly string[]).includes(value);
}

function isUrgentKind(value: unknown): value is UrgentKind {
  return typeof value === 'string' && (urgentKinds as readonly string[]).includes(value);
}

/** The shared space (or own home) a text names, among this project's spaces. */
async function placeFromText(ctx: EngineContext, text: string): Promise<FlowData | undefined> {
  if (mentionsOwnHome(text)) return { ownUnit: true };
  const { spaces } = await ctx.ports.defectPlaces(ctx.input.projectId, ctx.input.author.userId);
  const norm = normalize(text);
  const byName = [...spaces]
    .sort((a, b) => b.name.length - a.name.length)
    .find((s) => normalize(s.name).length >= 3 && phraseRegex([normalize(s.name)]).test(norm));
  if (byName) return { spaceId: byName.id, spaceName: byName.name };
  const kind = extractSpaceKind(text);
  const byKind = kind ? spaces.find((s) => s.kind === kind) : undefined;
  return byKind ? { spaceId: byKind.id, spaceName: byKind.name } : undefined;
}

/** What a description already says: place, since when, urgency. */
async function fromDescription(ctx: EngineContext, text: string): Promise<FlowData> {
  const data: FlowData = { description: text.trim() };
  const place = await placeFromText(ctx, text);
  if (place) Object.assign(data, place);
  const since = extractSince(text);
  if (since) data.since = since;
  const urgent = detectUrgentDefect(text, ctx.now);
  if (urgent) Object.assign(data, { urgency: 'urgent', urgentKind: urgent });
  return data;
}

function hasPlace(data: FlowData): boolean {
  return typeof data.spaceId === 'string' || data.ownUnit === true;
}

async function similarTo(ctx: EngineContext, data: FlowData): Promise<SimilarDefect[]> {
  const query = { description: String(data.description ?? '') };
  const spaceId = str(data.spaceId);
  const found = await ctx.ports.similarDefects(
    ctx.input.projectId,
    ctx.input.author.userId,
    spaceId ? { ...query, spaceId } : query,
  );
  return found.slice(0, MAX_SIMILAR);
}

/** The first question still open, in the order: what, where, look-alikes, since, urgency, check. */
async function nextStep(ctx: EngineContext, data: FlowData): Promise<string> {
  if (typeof data.description !== 'string') return 'describe';
  if (!hasPlace(data)) return 'where';
  if (data.similarChecked !== true && (await similarTo(ctx, data)).length > 0) return 'similar';
  if (!isSince(data.since)) return 'since';
  if (data.urgency !== 'urgent' && data.urgency !== 'normal') return 'urgency';
  return 'confirm';
}

/**
 * Urgent defects get the repair line from the buurtkaart at once, the moment the bot knows it
 * is urgent (before any further question). Gas has had it from the emergency answer already.
 */
async function urgentAdvice(ctx: EngineContext, data: FlowData): Promise<BotReply[]> {
  if (data.urgency !== 'urgent' || data.adviceGiven === true || data.urgentKind === 'gas_smell')
    return [];
  const card = await ctx.ports.card(ctx.input.projectId);
  const repairs = contactsFor(card, 'repairs');
  const lines =
    repairs.length > 0
      ? [ctx.t('defects.urgent.call'), ...repairs.map(contactLine)]
      : [ctx.t('defects.urgent.no_number')];
  if (data.urgentKind === 'water_leak') lines.push(ctx.t('defects.urgent.water_leak'));
  if (data.urgentKind === 'no_heating') lines.push(ctx.t('defects.urgent.no_heating'));
  lines.push(ctx.t('defects.urgent.also_case'));
  return [priv(lines.join('\n'))];
}

/** Goes on to the next open question, saying the urgent advice first when it is due. */
async function proceed(ctx: EngineContext, data: FlowData): Promise<StepResult> {
  const say = await urgentAdvice(ctx, data);
  const next = say.length > 0 ? { ...data, adviceGiven: true } : data;
  return { kind: 'next', step: await nextStep(ctx, next), data: next, say };
}

/**
 * How a defect report starts from what the person wrote ("/gebrek de lamp in de hal is kapot",
 * or free text): everything the words already say is kept, the first open question is asked.
 */
export async function defectStart(ctx: EngineContext, text: string): Promise<FlowStart> {
  const data = await fromDescription(ctx, text);
  const intro = await urgentAdvice(ctx, data);
  const start = intro.length > 0 ? { ...data, adviceGiven: true } : data;
  return { flow: 'defect', step: await nextStep(ctx, start), data: start, intro };
}

function placeLabel(ctx: EngineContext, data: FlowData): string {
  return str(data.spaceName) ?? ctx.t('defects.bot.own_home');
}

function reportersText(ctx: EngineContext, count: number): string {
  return count === 1
    ? ctx.t('defects.bot.reporters_one')
    : ctx.t('defects.bot.reporters_many', { count });
}

function finish(ctx: EngineContext, data: FlowData): StepResult {
  const spaceId = str(data.spaceId);
  const action: DefectReportAction = {
    type: 'defect.report',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    description: String(data.description ?? ''),
    place: spaceId ? { kind: 'space', spaceId } : { kind: 'unit' },
    since: isSince(data.since) ? data.since : 'unknown',
    urgency: data.urgency === 'urgent' ? 'urgent' : 'normal',
    locale: ctx.locale,
  };
  if (action.urgency === 'urgent' && isUrgentKind(data.urgentKind))
    action.urgentKind = data.urgentKind;
  return { kind: 'done', replies: [priv(ctx.t('defects.bot.sent'))], actions: [action] };
}

async function meToo(ctx: EngineContext, data: FlowData, defectId: string): Promise<StepResult> {
  const similar = await similarTo(ctx, data);
  const target = similar.find((s) => s.id === defectId);
  if (!target) return { kind: 'unclear' };
  const action: DefectMeTooAction = {
    type: 'defect.metoo',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    defectId,
    locale: ctx.locale,
  };
  const text = ctx.t('defects.bot.metoo_done', {
    ref: target.ref,
    count: target.reporterCount + 1,
  });
  return { kind: 'done', replies: [priv(text)], actions: [action] };
}

/**
 * A defect report: what is broken, where (a shared space of the project or the person's own
 * home), "me too" on a look-alike open case in the same place instead of a second case, since
 * when, urgency (urgent ones get the repair line at once), a check, then the case is made.
 */
const defect: FlowDefinition = {
  id: 'defect',
  steps: {
    describe: {
      help: 'bot.defect.describe_help',
      ask: (ctx) => ({
        text: ctx.t('bot.defect.ask_describe'),
        choices: choices(ctx, [['bot.common.stop', 'stop']]),
      }),
      answer: async (ctx, data, answer) => {
        if (answer.text.trim().length < 3) return { kind: 'unclear' };
        const found = await fromDescription(ctx, answer.text);
        return proceed(ctx, { ...data, ...found });
      },
    },
    where: {
      help: 'defects.bot.where_help',
      ask: async (ctx) => {
        const { spaces } = await ctx.ports.defectPlaces(
          ctx.input.projectId,
          ctx.input.author.userId,
        );
        const offered: Choice[] = spaces
          .slice(0, MAX_SPACE_CHOICES)
          .map((s, i) => ({ n: i + 1, label: s.name, value: `space:${s.id}` }));
        offered.push({
          n: offered.length + 1,
          label: ctx.t('defects.bot.own_home'),
          value: 'own',
        });
        return { text: ctx.t('defects.bot.ask_where'), choices: offered };
      },
      answer: async (ctx, data, answer) => {
        if (answer.choice === 'own') return proceed(ctx, { ...data, ownUnit: true });
        if (answer.choice?.startsWith('space:')) {
          const id = answer.choice.slice('space:'.length);
          const { spaces } = await ctx.ports.defectPlaces(
            ctx.input.projectId,
            ctx.input.author.userId,
          );
          const space = spaces.find((s) => s.id === id);
          if (!space) return { kind: 'unclear' };
          return proceed(ctx, { ...data, spaceId: space.id, spaceName: space.name });
        }
        const place = await placeFromText(ctx, answer.text);
        return place ? proceed(ctx, { ...data, ...place }) : { kind: 'unclear' };
      },
    },
    similar: {
      help: 'defects.bot.similar_help',
      ask: async (ctx, data) => {
        const similar = await similarTo(ctx, data);
        // `no`: a typed "nee" / "no" means "something else".
        const newChoice = { label: ctx.t('defects.bot.choice_new'), value: 'no' };
        if (similar.length === 0)
          return { text: ctx.t('defects.bot.similar_none'), choices: [{ n: 1, ...newChoice }] };
        const lines = [
          ctx.t(similar.length === 1 ? 'defects.bot.similar_one' : 'defects.bot.similar_many'),
          ...similar.map((s) => {
            const line = ctx.t('defects.bot.similar_line', {
              ref: s.ref,
              what: s.what.slice(0, 200),
              place: s.placeName,
              count: reportersText(ctx, s.reporterCount),
            });
            return s.mine ? `- ${line} ${ctx.t('defects.bot.similar_mine')}` : `- ${line}`;
          }),
          ctx.t('defects.bot.similar_ask'),
        ];
        const offered = similar
          .filter((s) => !s.mine)
          .map((s) => ({
            label: ctx.t('defects.bot.choice_metoo', { ref: s.ref }),
            value: `metoo:${s.id}`,
          }));
        offered.push(newChoice);
        return { text: lines.join('\n'), choices: offered.map((c, i) => ({ n: i + 1, ...c })) };
      },
      answer: async (ctx, data, answer) => {
        if (answer.choice === 'no') return proceed(ctx, { ...data, similarChecked: true });
        if (answer.choice?.startsWith('metoo:'))
          return meToo(ctx, data, answer.choice.slice('metoo:'.length));
        // A typed "ja" / "ik ook" when there is exactly one case to join.
        if (sameWords.test(normalize(answer.text))) {
          const joinable = (await similarTo(ctx, data)).filter((s) => !s.mine);
          if (joinable.length === 1 && joinable[0]) return meToo(ctx, data, joinable[0].id);
        }
        return { kind: 'unclear' };
      },
    },
    since: {
      help: 'defects.bot.since_help',
      ask: (ctx) => ({
        text: ctx.t('defects.bot.ask_since'),
        choices: choices(ctx, [
          ['defects.since.today', 'today'],
          ['defects.since.days', 'days'],
          ['defects.since.weeks', 'weeks'],
          ['defects.since.unknown', 'skip'],
        ]),
      }),
      answer: (ctx, data, answer) => {
        const since =
          answer.choice === 'skip' ? 'unknown' : (answer.choice ?? extractSince(answer.text));
        if (!isSince(since)) return { kind: 'unclear' };
        return proceed(ctx, { ...data, since });
      },
    },
    urgency: {
      help: 'defects.bot.urgent_help',
      ask: (ctx) => ({
        text: ctx.t('defects.bot.ask_urgent'),
        choices: choices(ctx, [
          ['defects.bot.choice_urgent', 'yes'],
          ['defects.bot.choice_not_urgent', 'no'],
        ]),
      }),
      answer: (ctx, data, answer) => {
        const kind = detectUrgentDefect(answer.text, ctx.now);
        if (answer.choice === 'yes' || kind) {
          const urgentKind = kind ?? (isUrgentKind(data.urgentKind) ? data.urgentKind : null);
          return proceed(ctx, { ...data, urgency: 'urgent', urgentKind });
        }
        if (answer.choice === 'no') return proceed(ctx, { ...data, urgency: 'normal' });
        return { kind: 'unclear' };
      },
    },
    confirm: {
      help: 'bot.defect.confirm_help',
      ask: (ctx, data) => {
        const lines = [
          ctx.t('defects.bot.summary'),
          ctx.t('defects.bot.summary_what', { what: String(data.description ?? '') }),
          ctx.t('defects.bot.summary_where', { place: placeLabel(ctx, data) }),
        ];
        if (isSince(data.since) && data.since !== 'unknown')
          lines.push(
            ctx.t('defects.bot.summary_since', { since: ctx.t(`defects.since.${data.since}`) }),
          );
        if (data.urgency === 'urgent') lines.push(ctx.t('defects.bot.summary_urgent'));
        lines.push(ctx.t('defects.bot.ask_confirm'));
        return {
          text: lines.join('\n'),
          choices: choices(ctx, [
            ['bot.defect.choice_send', 'yes'],
            ['bot.defect.choice_cancel', 'no'],
          ]),
        };
      },
      answer: (ctx, data, answer) => {
        if (answer.choice === 'yes') return finish(ctx, data);
        if (answer.choice === 'no') {
          return { kind: 'done', replies: [priv(ctx.t('bot.defect.not_sent'))], actions: [] };
        }
        return { kind: 'unclear' };
      },
    },
  },
};

export default defect;
