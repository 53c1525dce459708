/** The part of wink-naive-bayes-text-classifier Buurtbot uses (the package ships no types). */
declare module 'wink-naive-bayes-text-classifier' {
  export interface NaiveBayesTextClassifier {
    definePrepTasks(tasks: ((input: string) => string[])[]): number;
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(input: string, label: string): boolean;
    consolidate(): boolean;
    /** Log2 odds per label, highest first. */
    computeOdds(input: string): [string, number][];
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  export default function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
}
