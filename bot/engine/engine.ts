import type { Locale } from '../../server/i18n/locale';
import type { BotAction } from './actions';
import { matchChoice, numbered } from './choices';
import type { CommandArgs, Outcome } from './commands/command';
import { commands, findCommand, parseCommand } from './commands';
import { mayUse } from './commands/command';
import type { EngineContext } from './context';
import { choices, createContext } from './context';
import { extractCardTopic } from './entities/card-topic';
import { mentionsVolunteering, offersToHelp } from './entities/volunteer';
import type { FlowStart, StepResult } from './flows/flow';
import { flows } from './flows';
import { concernData } from './flows/concern';
import { defectStart } from './flows/defect';
import { helpRequested } from './flows/help';
import type { Intent } from './intents';
import { detectLanguage } from './language';
import type { Classification, IntentClassifier } from './nlu/classifier';
import type { BotPorts } from './ports';
import { cardText, mainMenu } from './replies';
import { assessDanger, type DangerAssessment } from './safety/emergency';
import { doubts, mayDoubt, overrulesIntent, verdictWithoutRule } from './safety/danger-verdict';
import type { EmergencyKind } from './actions';
import { changesMind, yesOrNo } from './answers';
import { emergencyResponse } from './safety/emergency-reply';
import {
  blameButton,
  blamesNeighbour,
  guardData,
  takeBack,
  type BlameButton,
} from './safety/blame-guard';
import { helpForSelf, plainPracticalHelp } from './help-request';
import { friendlyRemark, onlyEmoji, onlySmallTalk, socialKind } from './social';
import type { ConversationState } from './state';
import { parseState } from './state';
import { addressedToBuurtbot } from './unheard';
import { normalize } from '../../server/protocol/text';
import type { BotInput, EngineResult } from './types';
import type { BotReply, Choice } from '../../server/protocol/bot-reply';

export interface EngineOptions {
  classifier: IntentClassifier;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

export interface BotEngine {
  /**
   * Handles one message or button press. Pure apart from the ports' reads: it returns what to
   * say, what to do and the next state; the caller stores the state and executes the actions.
   */
  handleMessage(
    input: BotInput,
    state: ConversationState | unknown,
    ports: BotPorts,
  ): Promise<EngineResult>;
}

/** Words that ask what the current step means. */
const helpWords =
  /^(help|hulp|uitleg|\?|\?\?|wat moet ik doen|wat bedoel je|hoe werkt dit|what do you mean|what should i do|how does this work|\/help)[\s!?.]*$/;

/** Which command handles a free-text intent. */
const intentCommand: Partial<Record<Intent, string>> = {
  'concern.report': 'melding',
  'care.signal': 'zorg',
  'help.request': 'hulp',
  'activity.list': 'activiteiten',
  'activity.signup': 'aanmelden',
  'activity.cancel': 'afmelden',
  'activity.create': 'activiteit',
  'defect.report': 'gebrek',
};

/** A misspelt emergency word and the word model this sure of "emergency": the advice. */
const MODEL_EMERGENCY_CONFIDENCE = 0.8;
/** Above this, a danger cue does not stop a message the model reads as another intent. */
const SURE_OTHER_INTENT = 0.8;
/** Button values of the safety question. */
const SAFETY_YES = 'safety:yes';
const SAFETY_NO = 'safety:no';

const emptyOutcome: Outcome = { replies: [], actions: [] };

export function createEngine(options: EngineOptions): BotEngine {
  const clock = options.now ?? (() => new Date());
  // The safety rules are large regular expressions, compiled on first use (100-170 ms): done
  // here, at start, and not on the first message someone sends.
  assessDanger('hij ligt op de grond en ik ruik gas, help');
  assessDanger('er is brnad in de gnag');
  return {
    async handleMessage(input, stored, ports) {
      const state = parseState(stored);
      const text = input.text.trim();
      const locale = chooseLocale(input, state, text);
      const ctx = createContext({
        input,
        locale,
        ports,
        classifier: options.classifier,
        now: clock(),
        state,
      });
      return handle(ctx, text);
    },
  };
}

function chooseLocale(input: BotInput, state: ConversationState, text: string): Locale {
  if (state.flow && state.locale) return state.locale;
  if (!input.button && !text.startsWith('/')) {
    const detected = detectLanguage(text);
    if (detected) return detected;
  }
  if (text.startsWith('/')) {
    const parsed = parseCommand(text);
    const command = parsed ? findCommand(parsed.name) : undefined;
    if (command && parsed && parsed.name !== command.name && command.aliases[0] === parsed.name)
      return 'en';
  }
  return input.locale ?? input.author.locale;
}

function isSharedRoom(ctx: EngineContext): boolean {
  return ctx.roomVisibility === 'channel';
}

/** Flows run in the private conversation; button presses reach them from anywhere. */
function feedsFlow(ctx: EngineContext): boolean {
  return ctx.input.channel.kind === 'bot' || ctx.input.button === true;
}

async function handle(ctx: EngineContext, text: string): Promise<EngineResult> {
  const { state } = ctx;
  const norm = normalize(text);

  // 0. The answer to "Is er nu gevaar?", typed or pressed.
  const safety = await safetyAnswer(ctx, text);
  if (safety) return safety;

  // 1. Emergency first, in any message and any flow (not for our own button values). The staff
  //    room is left out: staff talk about incidents there, and they are the ones who respond.
  if (!ctx.input.button && ctx.input.channel.kind !== 'staff') {
    const assessed = assessDanger(text);
    const kinds = assessed.kinds;
    let classification: Classification | undefined;
    // The model is an extra net for free text in the private conversation, not for flow
    // answers: a typed choice ("Een week of langer") is an answer to the question.
    const modelNet =
      !isSharedRoom(ctx) &&
      !text.startsWith('/') &&
      (state.flow === null ||
        (text.split(/\s+/).length >= 4 && !(await answersCurrentStep(ctx, text))));
    // A plainly hypothetical question ("wat doe ik als ik ooit gas ruik?") is answered with the
    // buurtkaart, also when the model reads "emergency" in it.
    if (kinds.length === 0 && modelNet && !assessed.asking) {
      classification = await ctx.classifier.classify(text);
      const modelSays = classification.intent === 'emergency';
      // The intent model alone does not raise the alarm: on ordinary nuisance ("er ligt steeds
      // afval voor mijn deur") or a calm message with a danger word ("just a scraped knee, he's
      // fine") it can be very sure and wrong. Its "emergency" asks "Is er nu gevaar?"; the advice
      // comes from the rules, from a "ja", from a misspelt emergency word the rules cannot read
      // ("brnad in de keuken") when the intent model is sure, or from the danger model when it is
      // very sure (`safety/danger-verdict.ts`).
      if (
        modelSays &&
        classification.source === 'model' &&
        classification.confidence >= MODEL_EMERGENCY_CONFIDENCE &&
        assessed.typo === true
      )
        return emergency(ctx, ['danger'], {
          intent: 'emergency',
          confidence: classification.confidence,
          source: 'classifier',
        });
      // A cue alone asks only outside a flow: inside one, the step reads fear itself ("ik ben
      // bang" in the ladder sends the concern to staff). Inside a flow the intent model's unsure
      // "emergency" asks only with a cue: a flow answer is short and unusual ("verbogen").
      // A plain request for one's own help ("ik heb hulp nodig met mijn administratie") with no
      // danger cue and nobody else in it is no reason to ask about danger.
      const plainHelp = !assessed.uncertain && plainPracticalHelp(text);
      const verdict = state.flow === null ? verdictWithoutRule(classification.danger) : 'none';
      if (verdict === 'advice' && !plainHelp)
        return emergency(ctx, [classification.dangerKind ?? 'danger'], {
          intent: 'emergency',
          confidence: classification.confidence,
          source: 'classifier',
        });
      const dangerModelSays = verdict !== 'none';
      // The intent model's "emergency" asks unless the danger model is sure there is no danger.
      const intentAsks = modelSays && !overrulesIntent(classification.danger);
      if (
        ((intentAsks || dangerModelSays) &&
          !plainHelp &&
          (state.flow === null || classification.source === 'model' || assessed.uncertain)) ||
        (assessed.uncertain && state.flow === null && !surelyOther(classification))
      )
        return askSafety(ctx, text);
    }
    // In a shared room a cue alone ("er zit bloed op de deurklink") is asked about, privately,
    // when the danger model reads danger too: silence there could leave someone unheard.
    if (kinds.length === 0 && sharedCue(ctx, text, assessed)) {
      classification = await ctx.classifier.classify(text);
      if (verdictWithoutRule(classification.danger) !== 'none') return askSafety(ctx, text);
    }
    // The danger model very sure that nobody is in danger where a rule fired: asked, not advised.
    if (mayDoubt(kinds) && modelNet && state.flow === null) {
      const read = await ctx.classifier.classify(text);
      if (doubts(read.danger, read.dangerInParts)) return askSafety(ctx, text);
    }
    if (kinds.length > 0)
      return emergency(ctx, kinds, { intent: 'emergency', confidence: 1, source: 'safety' });
    return route(ctx, text, norm, classification, assessed.asking === true);
  }
  return route(ctx, text, norm, undefined);
}

/** A shared-room message with only a danger cue: no rule, no "what if", no command. */
function sharedCue(ctx: EngineContext, text: string, assessed: DangerAssessment): boolean {
  return isSharedRoom(ctx) && assessed.uncertain && !assessed.asking && !text.startsWith('/');
}

/**
 * The intents whose own conversation deals with worry: a broken thing asks how urgent it is, a
 * concern or a care signal sends fear to staff, the card and a help request lead to people. A
 * danger cue in a message the model surely reads as one of these goes there; any other reading
 * (an activity, small talk) cannot answer a danger, so the cue asks "Is er nu gevaar?" first.
 */
const HANDLES_WORRY: ReadonlySet<string> = new Set([
  'defect.report',
  'concern.report',
  'care.signal',
  'card.show',
  'help.request',
]);

/** A cue alone ("ik ben bang") does not stop a message the model clearly reads as such an intent. */
function surelyOther(classification: Classification): boolean {
  return HANDLES_WORRY.has(classification.intent) && classification.confidence >= SURE_OTHER_INTENT;
}

/** The emergency advice and the urgent alert; a running flow stays where it was. */
async function emergency(
  ctx: EngineContext,
  kinds: EmergencyKind[],
  seen: NonNullable<EngineResult['understood']>,
  asked?: { text: string },
): Promise<EngineResult> {
  const { state } = ctx;
  const text = asked?.text ?? ctx.input.text;
  // A gas smell is also a defect: after the advice, the defect report goes on with it.
  const defect = kinds.includes('gas') ? await gasDefect(ctx, text) : undefined;
  const options = asked ? { text, asked: true } : {};
  const { replies, actions } = await emergencyResponse(
    ctx,
    kinds,
    state.flow !== null && !defect,
    options,
  );
  if (defect) {
    return {
      ...defect,
      replies: [...replies, ...defect.replies],
      actions: [...actions, ...defect.actions],
      understood: seen,
    };
  }
  return result(ctx, { ...state, misunderstandings: 0 }, replies, actions, seen);
}

/**
 * Not sure whether someone is in danger: one question with two buttons, never "ik begrijp je
 * niet". The running flow, if any, stays; the message waits in the state for the answer.
 */
function askSafety(ctx: EngineContext, text: string): EngineResult {
  const offered = choices(ctx, [
    ['bot.safety.choice_yes', SAFETY_YES],
    ['bot.safety.choice_no', SAFETY_NO],
  ]);
  return result(
    ctx,
    { ...ctx.state, safetyCheck: { text: text.slice(0, 2000) } },
    [priv(ctx.t('bot.safety.ask'), offered)],
    [],
    { intent: 'emergency', confidence: 0.5, source: 'safety' },
  );
}

/**
 * The answer to the safety question. "Ja" (or the button, also pressed later): the emergency
 * advice for what the message said, and the urgent alert. "Nee": on with what the message asked
 * for. Anything else: the question is dropped and the message handled as usual.
 */
async function safetyAnswer(ctx: EngineContext, text: string): Promise<EngineResult | undefined> {
  // The question was asked in the private conversation: chat in a shared room ("ja leuk!") is
  // no answer to it and leaves it waiting. Its buttons answer it from anywhere.
  if (isSharedRoom(ctx) && !ctx.input.button) return undefined;
  const pending = ctx.state.safetyCheck;
  ctx.state = { ...ctx.state, safetyCheck: null };
  const answer = ctx.input.button
    ? text === SAFETY_YES
      ? 'yes'
      : text === SAFETY_NO
        ? 'no'
        : undefined
    : pending
      ? yesOrNo(text)
      : undefined;
  if (!answer) return undefined;
  const about = pending?.text ?? text;
  if (answer === 'yes') {
    // The kinds the rules read, else the one the danger model is sure of, else the general advice.
    const named = assessDanger(about).kinds;
    const read = named.length > 0 ? undefined : (await ctx.classifier.classify(about)).dangerKind;
    return emergency(
      ctx,
      named.length > 0 ? named : [read ?? 'danger'],
      { intent: 'emergency', confidence: 1, source: 'safety' },
      { text: about },
    );
  }
  const relief = priv(ctx.t('bot.safety.no_danger'));
  const whatNow = () =>
    result(ctx, ctx.state, [relief, priv(ctx.t('bot.safety.what_now'), mainMenu(ctx))], []);
  if (!pending || ctx.state.flow) {
    const running = ctx.state.flow;
    const step = running ? flows[running.id]?.steps[running.step] : undefined;
    if (!running || !step) return whatNow();
    const prompt = await step.ask(ctx, running.data);
    return result(ctx, ctx.state, [relief, priv(prompt.text, prompt.choices)], []);
  }
  const classification = await ctx.classifier.classify(pending.text);
  // Nothing else read in the message: the menu, not "ik begrijp je niet" after a "nee".
  const other = classification.intent === 'emergency' ? classification.otherwise : classification;
  if (!other || other.intent === 'unknown') return whatNow();
  const next = await byIntent(ctx, pending.text, classification);
  return { ...next, replies: [relief, ...next.replies] };
}

/** Whether the text is one of the offered choices of the running flow's current step. */
async function answersCurrentStep(ctx: EngineContext, text: string): Promise<boolean> {
  const running = ctx.state.flow;
  if (!running || !feedsFlow(ctx)) return false;
  const step = flows[running.id]?.steps[running.step];
  if (!step) return false;
  const prompt = await step.ask(ctx, running.data);
  return matchChoice(text, prompt.choices) !== undefined;
}

async function route(
  ctx: EngineContext,
  text: string,
  norm: string,
  known: Classification | undefined,
  /** The safety check read a plainly hypothetical question about danger (`DangerAssessment`). */
  asking = false,
): Promise<EngineResult> {
  const { state } = ctx;

  // 2. The human offer after repeated misunderstandings.
  if (ctx.input.button && text === 'human') {
    const { replies, actions } = await helpRequested(ctx, {
      urgent: false,
      topic: 'other',
      reason: 'bot_misunderstood',
    });
    return result(
      ctx,
      { ...state, flow: null, misunderstandings: 0 },
      replies,
      actions,
      understood('help.request', 'button'),
    );
  }
  if (ctx.input.button && text === 'human:no') {
    return result(
      ctx,
      { ...state, misunderstandings: 0 },
      [priv(ctx.t('bot.misunderstood.try_again'))],
      [],
    );
  }

  // 2b. The no-public-blame buttons, pressed after their question was replaced by another flow.
  const pressed = ctx.input.button ? blameButton(text) : undefined;
  if (pressed && !guarding(state, pressed)) return blameAnswerLater(ctx, pressed);

  // 3. A running flow: stop, help, or an answer.
  const inFlow = await runningFlow(ctx, text, norm);
  if (inFlow) return inFlow;

  // 4. Commands (typed, or pressed as a button whose value is a command).
  const parsed = parseCommand(text);
  if (parsed) {
    const command = findCommand(parsed.name);
    if (!command) {
      return result(
        ctx,
        state,
        [priv(ctx.t('bot.command.unknown', { command: parsed.name }), mainMenu(ctx))],
        [],
      );
    }
    return finishCommand(ctx, command.name, parsed.text, ctx.input.button ? 'button' : 'command');
  }

  // 5. A number (or label) from the command buttons offered last, outside a flow. In a shared
  // room a typed number is a choice only when Buurtbot offered choices to what the person wrote
  // in that room: "5" is also what neighbours answer each other ("hoeveel stoelen?").
  const typedInSharedRoom = isSharedRoom(ctx) && !ctx.input.button;
  const offeredHere = !typedInSharedRoom || state.offeredIn === ctx.input.channel.id;
  const lastOffered =
    (offeredHere ? state.offered : null) ?? (typedInSharedRoom ? [] : mainMenu(ctx));
  const menuChoice = state.flow === null ? matchChoice(text, lastOffered) : undefined;
  if (menuChoice && (ctx.input.button || /^\d{1,2}$/.test(norm))) {
    const command = parseCommand(menuChoice.value);
    if (command) return finishCommand(ctx, command.name, '', 'button');
  }

  // 6. Free text.
  return freeText(ctx, text, known, asking);
}

/**
 * Step 6 of `route`: free text. In a shared room only text addressed to Buurtbot is answered
 * (unaddressed text is only checked for public blame); elsewhere outside the bot channel too.
 */
async function freeText(
  ctx: EngineContext,
  text: string,
  known: Classification | undefined,
  asking: boolean,
): Promise<EngineResult> {
  const { state } = ctx;
  const shared = isSharedRoom(ctx);
  const isAddressed = ctx.input.addressedToBot === true || addressedToBuurtbot.test(text);
  const body = text.replace(addressedToBuurtbot, '');
  if (shared && !isAddressed) {
    // Unaddressed chat is only checked for public blame, which needs the intent only sometimes.
    let classification = known;
    const classify = async () => (classification ??= await ctx.classifier.classify(body));
    if (await blamesNeighbour(ctx, body, async () => (await classify()).intent))
      return blameGuard(ctx, body, await classify());
    return result(ctx, state, [], []);
  }
  if (!shared && !isAddressed && ctx.input.channel.kind !== 'bot')
    return result(ctx, state, [], []);
  if (onlySmallTalk(body) || friendlyRemark(body) || onlyEmoji(body))
    return byIntent(ctx, body, { intent: 'greeting', confidence: 1, source: 'model' });
  const read = known ?? (await ctx.classifier.classify(body));
  // A request for one's own help the model read as the card, unknown or a care signal.
  const readIntent =
    read.intent === 'emergency' && read.otherwise ? read.otherwise.intent : read.intent;
  const helpIntent = asking ? undefined : helpForSelf(body, readIntent);
  const classification = helpIntent ? { ...read, intent: helpIntent } : read;
  if (shared && (await blamesNeighbour(ctx, body, async () => classification.intent)))
    return blameGuard(ctx, body, classification);
  return byIntent(ctx, body, classification, asking);
}

/**
 * Step 3 of `route`: a running flow fed by this message takes a stop, a help request or an
 * answer; undefined when no flow runs here or the text is a command (routed on as one).
 */
async function runningFlow(
  ctx: EngineContext,
  text: string,
  norm: string,
): Promise<EngineResult | undefined> {
  const { state } = ctx;
  if (!state.flow || !feedsFlow(ctx)) return undefined;
  if (changesMind(text)) return finishCommand(ctx, 'stop', '', 'command');
  const flow = flows[state.flow.id];
  const step = flow?.steps[state.flow.step];
  if (!flow || !step)
    return result(ctx, { ...state, flow: null }, [priv(ctx.t('bot.flow.lost'))], []);
  if (helpWords.test(norm)) {
    const prompt = await step.ask(ctx, state.flow.data);
    return result(ctx, state, [priv(`${ctx.t(step.help)}\n${prompt.text}`, prompt.choices)], []);
  }
  if (!text.startsWith('/')) {
    const prompt = await step.ask(ctx, state.flow.data);
    const redirected = ctx.input.button
      ? undefined
      : await flow.redirect?.(ctx, state.flow.data, text);
    if (redirected) return applyStep(ctx, redirected, prompt.choices);
    const choice = matchChoice(text, prompt.choices);
    const answer = choice ? { text, choice: choice.value } : { text };
    return applyStep(ctx, await step.answer(ctx, state.flow.data, answer), prompt.choices);
  }
  return undefined;
}

async function byIntent(
  ctx: EngineContext,
  text: string,
  given: Classification,
  asking = false,
): Promise<EngineResult> {
  const { state } = ctx;
  // Here no safety rule fired (those are answered before): the model's "emergency" alone is not
  // acted on; its best other reading is.
  const reading =
    given.intent === 'emergency' && given.otherwise ? { ...given, ...given.otherwise } : given;
  // "Wat moet ik doen als ik ooit gas ruik?": a question about danger is answered with who to call.
  // Only activities and small talk keep their own reading: the question is about danger.
  const keeps = reading.intent === 'greeting' || reading.intent.startsWith('activity.');
  const classification = asking && !keeps ? { ...reading, intent: 'card.show' as const } : reading;
  const seen = {
    intent: classification.intent,
    confidence: classification.confidence,
    source: 'classifier' as const,
  };
  switch (classification.intent) {
    case 'greeting': {
      const social = socialKind(text);
      if (social !== 'hello') {
        const reply = { visibility: ctx.roomVisibility, text: ctx.t(`bot.social.${social}`) };
        return result(ctx, { ...state, misunderstandings: 0 }, [reply], [], seen);
      }
      const card = await ctx.ports.card(ctx.input.projectId);
      const greeting = ctx.t('bot.greeting', {
        name: ctx.input.author.displayName,
        project: card.projectName,
      });
      return result(
        ctx,
        { ...state, misunderstandings: 0 },
        [{ visibility: ctx.roomVisibility, text: greeting, choices: mainMenu(ctx) }],
        [],
        seen,
      );
    }
    case 'card.show': {
      const card = await ctx.ports.card(ctx.input.projectId);
      const reply = {
        visibility: ctx.roomVisibility,
        text: cardText(ctx, card, extractCardTopic(text)),
      };
      return result(ctx, { ...state, misunderstandings: 0 }, [reply], [], seen);
    }
    case 'unknown':
    case 'emergency':
      // "ik wil helpen met koken", "can I volunteer": no intent of its own yet.
      if (classification.intent === 'unknown' && mentionsVolunteering(text))
        return finishCommand(ctx, 'helpen', text, 'text', seen);
      return misunderstood(ctx, seen);
    default: {
      // "ik wil helpen met hapjes maken" reads a bit like creating an activity to the model.
      if (
        (classification.intent === 'activity.signup' ||
          classification.intent === 'help.request' ||
          (classification.intent === 'activity.create' && offersToHelp(text))) &&
        mentionsVolunteering(text)
      )
        return finishCommand(ctx, 'helpen', text, 'text', seen);
      const name = intentCommand[classification.intent];
      if (!name) return misunderstood(ctx, seen);
      return finishCommand(ctx, name, text, 'text', seen);
    }
  }
}

async function finishCommand(
  ctx: EngineContext,
  name: string,
  text: string,
  source: CommandArgs['source'],
  seen?: EngineResult['understood'],
): Promise<EngineResult> {
  const command = findCommand(name);
  const understoodAs = seen ?? {
    intent: 'unknown' as const,
    confidence: 1,
    source: source === 'text' ? ('classifier' as const) : source,
  };
  if (!command) return misunderstood(ctx, understoodAs);
  if (!mayUse(command, ctx.input.author.role)) {
    return result(
      ctx,
      ctx.state,
      [priv(ctx.t('bot.command.not_allowed', { command: command.name }))],
      [],
      understoodAs,
    );
  }
  const args = command.schema.safeParse({ text, source });
  if (!args.success)
    return result(ctx, ctx.state, [priv(ctx.t('bot.command.too_long'))], [], understoodAs);
  const outcome = await command.handle(ctx, args.data);
  let state: ConversationState = { ...ctx.state, misunderstandings: 0 };
  if (outcome.endFlow) state = { ...state, flow: null };
  if (outcome.start) return startFlow({ ...ctx, state }, outcome.start, outcome, understoodAs);
  return result(ctx, state, outcome.replies, outcome.actions, understoodAs);
}

async function startFlow(
  ctx: EngineContext,
  start: FlowStart,
  before: Outcome = emptyOutcome,
  seen?: EngineResult['understood'],
): Promise<EngineResult> {
  const flow = flows[start.flow];
  const step = flow?.steps[start.step];
  if (!flow || !step) throw new Error(`unknown flow step ${start.flow}/${start.step}`);
  const state: ConversationState = {
    ...ctx.state,
    locale: ctx.locale,
    flow: { id: start.flow, step: start.step, data: start.data, startedAt: ctx.now.toISOString() },
  };
  const prompt = await step.ask({ ...ctx, state }, start.data);
  const replies = [...before.replies, ...(start.intro ?? []), priv(prompt.text, prompt.choices)];
  if (isSharedRoom(ctx) && !ctx.input.button)
    replies.unshift({ visibility: 'channel', text: ctx.t('bot.flow.continues_private') });
  return result(ctx, state, replies, before.actions, seen);
}

async function applyStep(
  ctx: EngineContext,
  outcome: StepResult,
  offered: Choice[],
): Promise<EngineResult> {
  const flow = ctx.state.flow;
  if (!flow) return result(ctx, ctx.state, [], []);
  const seen = { intent: 'unknown' as const, confidence: 1, source: 'flow' as const };
  if (outcome.kind === 'unclear') return misunderstood(ctx, seen, offered);
  if (outcome.kind === 'done') {
    return result(
      ctx,
      { ...ctx.state, flow: null, misunderstandings: 0 },
      outcome.replies,
      outcome.actions,
      seen,
    );
  }
  const flowId = outcome.flow ?? flow.id;
  const state: ConversationState = {
    ...ctx.state,
    misunderstandings: 0,
    flow: {
      ...flow,
      id: flowId,
      step: outcome.step,
      data: outcome.data,
      ...(flowId !== flow.id ? { startedAt: ctx.now.toISOString() } : {}),
    },
  };
  const step = flows[flowId]?.steps[outcome.step];
  if (!step) throw new Error(`unknown flow step ${flowId}/${outcome.step}`);
  const prompt = await step.ask({ ...ctx, state }, outcome.data);
  return result(
    ctx,
    state,
    [...(outcome.say ?? []), priv(prompt.text, prompt.choices)],
    outcome.actions ?? [],
    seen,
  );
}

/**
 * Never a dead end: the question again, in other words, with numbered choices; from the second
 * misunderstanding in a row, a button to reach a person as well.
 */
function misunderstood(
  ctx: EngineContext,
  seen: EngineResult['understood'],
  offered?: Choice[],
): EngineResult {
  const count = ctx.state.misunderstandings + 1;
  const options = offered && offered.length > 0 ? offered : mainMenu(ctx);
  const intro = ctx.t(
    offered && offered.length > 0 ? 'bot.misunderstood.answer' : 'bot.misunderstood.message',
  );
  const replies: BotReply[] = [priv(`${intro}\n${numbered(options)}`, options)];
  if (count >= 2) {
    replies.push(
      priv(
        ctx.t('bot.misunderstood.offer_human'),
        choices(ctx, [
          ['bot.misunderstood.choice_human', 'human'],
          ['bot.misunderstood.choice_no_human', 'human:no'],
        ]),
      ),
    );
  }
  return result(ctx, { ...ctx.state, misunderstandings: count }, replies, [], seen);
}

/**
 * No public blame: someone named or accused a neighbour in a shared room. Nothing is said in the
 * room; privately the bot offers two buttons: take the message back (deleted for everyone), or
 * make it a private melding (the concern flow's guard step, with what they wrote).
 */
async function blameGuard(
  ctx: EngineContext,
  text: string,
  classification: Classification,
): Promise<EngineResult> {
  const start: FlowStart = {
    flow: 'concern',
    step: 'guard',
    data: guardData(concernData(text), ctx.input.messageId),
  };
  const started = await startFlow(ctx, start, emptyOutcome, {
    intent: classification.intent,
    confidence: classification.confidence,
    source: 'classifier',
  });
  return { ...started, replies: started.replies.filter((r) => r.visibility === 'private') };
}

/** Whether the running flow is the guard question these buttons belong to (it answers them). */
function guarding(state: ConversationState, pressed: BlameButton): boolean {
  const running = state.flow;
  return (
    running?.id === 'concern' &&
    running.step === 'guard' &&
    (running.data.messageId ?? 'none') === pressed.messageId
  );
}

/**
 * A guard button pressed later, when another question came in between: taking back still works
 * (the button carries the message id); the report draft is gone, so the person is pointed to
 * the report menu instead. A running flow stays as it was.
 */
function blameAnswerLater(ctx: EngineContext, pressed: BlameButton): EngineResult {
  const seen = understood('concern.report', 'button');
  if (pressed.kind === 'take_back')
    return result(
      ctx,
      ctx.state,
      [priv(ctx.t('bot.blame.taken_back'))],
      [takeBack(ctx, pressed.messageId)],
      seen,
    );
  return result(
    ctx,
    ctx.state,
    [priv(ctx.t('bot.blame.report_stale'), choices(ctx, [['bot.menu.concern', '/melding']]))],
    [],
    seen,
  );
}

/**
 * After the gas advice, in the person's own conversation: start a defect report with what they
 * wrote, or take it as the answer when a defect report is waiting for its description. Any
 * other running flow is left alone.
 */
async function gasDefect(ctx: EngineContext, text: string): Promise<EngineResult | undefined> {
  if (isSharedRoom(ctx) || !feedsFlow(ctx)) return undefined;
  const gebrek = findCommand('gebrek');
  if (!gebrek || !mayUse(gebrek, ctx.input.author.role)) return undefined;
  const { state } = ctx;
  if (state.flow === null) {
    const start = await defectStart(ctx, text);
    return startFlow(ctx, { ...start, intro: [priv(ctx.t('defects.bot.gas_offer'))] });
  }
  if (state.flow.id !== 'defect' || state.flow.step !== 'describe') return undefined;
  const step = flows.defect?.steps.describe;
  if (!step) return undefined;
  const prompt = await step.ask(ctx, state.flow.data);
  return applyStep(ctx, await step.answer(ctx, state.flow.data, { text }), prompt.choices);
}

function understood(intent: Intent, source: 'button' | 'command'): EngineResult['understood'] {
  return { intent, confidence: 1, source };
}

function priv(text: string, offered?: Choice[]): BotReply {
  return offered && offered.length > 0
    ? { visibility: 'private', text, choices: offered }
    : { visibility: 'private', text };
}

function result(
  ctx: EngineContext,
  state: ConversationState,
  replies: BotReply[],
  actions: BotAction[],
  seen?: EngineResult['understood'],
): EngineResult {
  const commandChoices = [...replies]
    .reverse()
    .find((r) => r.choices?.some((c) => c.value.startsWith('/')))?.choices;
  const offered = state.flow
    ? null
    : replies.length === 0
      ? state.offered
      : (commandChoices?.filter((c) => c.value.startsWith('/')) ?? null);
  const next: ConversationState = {
    ...state,
    locale: state.flow ? (state.locale ?? ctx.locale) : null,
    offered,
    offeredIn:
      offered === null ? null : replies.length === 0 ? state.offeredIn : ctx.input.channel.id,
  };
  return seen
    ? { replies, actions, state: next, understood: seen }
    : { replies, actions, state: next };
}

/** For `/help` and adapters (e.g. Discord slash command registration). */
export { commands };
