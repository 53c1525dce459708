/** The intents Buurtbot understands in free text. The names are part of the contract (CLI, eval, logs). */
export const intents = [
  'concern.report',
  'care.signal',
  'help.request',
  'emergency',
  'activity.list',
  'activity.signup',
  'activity.cancel',
  'activity.create',
  'defect.report',
  'card.show',
  'greeting',
  'unknown',
] as const;

export type Intent = (typeof intents)[number];

export function isIntent(value: string): value is Intent {
  return (intents as readonly string[]).includes(value);
}
