/**
 * Minimal typings for the parts of nlp.js (https://github.com/axa-group/nlp.js) that the
 * classifier uses. nlp.js ships plain CommonJS without type declarations.
 */
declare module '@nlpjs/core' {
  export interface NlpjsContainer {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): NlpjsContainer;
}

declare module '@nlpjs/nlp' {
  import type { NlpjsContainer } from '@nlpjs/core';

  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export interface NlpProcessResult {
    locale: string;
    intent: string;
    score: number;
    classifications: NlpClassification[];
  }
  export interface NlpSettings {
    container?: NlpjsContainer;
    languages?: string[];
    autoSave?: boolean;
    autoLoad?: boolean;
    calculateSentiment?: boolean;
    forceNER?: boolean;
    threshold?: number;
    nlu?: Record<string, unknown>;
  }
  export class Nlp {
    constructor(settings?: NlpSettings);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    export(minified?: boolean): string;
    import(data: string): void;
    process(locale: string, utterance: string): Promise<NlpProcessResult>;
  }
}

declare module '@nlpjs/lang-nl' {
  export const LangNl: unknown;
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
