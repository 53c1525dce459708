import { extractEntities, type Entities } from '../engine/entities';
import { createEngine } from '../engine/engine';
import { createFakePorts, demoActivities } from '../engine/fake-ports';
import type { Intent } from '../engine/intents';
import type { IntentClassifier } from '../engine/nlu/classifier';
import type { Locale } from '../../server/i18n/locale';

export interface Decision {
  intent: Intent;
  confidence: number;
  entities: Entities;
  /** Buurtbot gives the emergency advice (and alerts staff) to this text as a first private message. */
  emergency: boolean;
  /** Buurtbot asks "Is er nu gevaar?" instead. */
  asked: boolean;
}

/**
 * What Buurtbot does with a text sent as the first message of a private conversation: the real
 * engine's decision (emergency advice, the safety question), not only the classifier's intent.
 * The intent is the classifier's, or `emergency` when the engine gives the advice.
 */
export function createDecider(classifier: IntentClassifier, now = new Date()) {
  const engine = createEngine({ classifier, now: () => now });
  const ports = createFakePorts({}, now);
  return async (text: string, locale: Locale = 'nl'): Promise<Decision> => {
    const result = await engine.handleMessage(
      {
        text,
        author: { userId: 'u-eval', displayName: 'Sam', role: 'resident', locale },
        projectId: 'p-eval',
        channel: { id: 'c-eval', kind: 'bot' },
      },
      undefined,
      ports,
    );
    const emergency = result.actions.some((a) => a.type === 'emergency.alert');
    const asked = result.state.safetyCheck !== null;
    const entities = extractEntities(text, { now, activities: demoActivities(now) });
    if (emergency) return { intent: 'emergency', confidence: 1, entities, emergency, asked };
    // What the engine understood (small talk, commands), else the classifier's reading.
    const seen = result.understood;
    if (seen && !asked && seen.source !== 'safety')
      return { intent: seen.intent, confidence: seen.confidence, entities, emergency, asked };
    const classification = await classifier.classify(text);
    // No advice given: the model's "emergency" alone is not the engine's reading of the text.
    const reading =
      classification.intent === 'emergency' && classification.otherwise
        ? classification.otherwise
        : classification;
    return {
      intent: reading.intent,
      confidence: reading.confidence,
      entities,
      emergency,
      asked,
    };
  };
}
