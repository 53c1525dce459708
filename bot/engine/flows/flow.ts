import type { BotAction } from '../actions';
import type { MessageKey } from '../../../server/i18n/catalogue';
import type { EngineContext } from '../context';
import type { FlowData } from '../state';
import type { BotReply, Choice } from '../../../server/protocol/bot-reply';

/** A question a flow step asks. */
export interface Prompt {
  text: string;
  /** Fixed answers as buttons/numbers. Free-text steps offer at least a way out (skip, stop). */
  choices: Choice[];
}

/** The person's answer to a step: what they wrote, and the offered choice it matched, if any. */
export interface Answer {
  text: string;
  choice?: string;
}

export type StepResult =
  /**
   * Go to `step` (the engine asks its question), optionally saying something first. With `flow`
   * the conversation continues in another flow; `actions` are carried out before the question
   * is delivered (e.g. a report is stored, then the ladder conversation goes on about it).
   */
  | {
      kind: 'next';
      step: string;
      data: FlowData;
      say?: BotReply[];
      flow?: string;
      actions?: BotAction[];
    }
  /** The flow is finished. */
  | { kind: 'done'; replies: BotReply[]; actions: BotAction[] }
  /** The answer did not fit; the engine rephrases the question with numbered choices. */
  | { kind: 'unclear' };

export interface FlowStep {
  ask(ctx: EngineContext, data: FlowData): Prompt | Promise<Prompt>;
  /** Explains what this step needs, for "help" in the middle of the flow. */
  help: MessageKey;
  answer(ctx: EngineContext, data: FlowData, answer: Answer): StepResult | Promise<StepResult>;
}

/**
 * A multi-turn conversation. Its questions and replies are always private: a flow runs in the
 * person's own conversation with Buurtbot (and accepts button presses from anywhere).
 */
export interface FlowDefinition {
  id: string;
  steps: Record<string, FlowStep>;
  /**
   * The person's own words that change the whole flow at any step ("ik praat eerst zelf met
   * haar"); checked before the step's answer for typed text. Undefined: the step answers.
   */
  redirect?(ctx: EngineContext, data: FlowData, text: string): Promise<StepResult | undefined>;
}

/** How a command or intent starts a flow: at which step, with what is already known. */
export interface FlowStart {
  flow: string;
  step: string;
  data: FlowData;
  /** Said before the first question. */
  intro?: BotReply[];
}
