import type { DefectSince, DefectUrgency, UrgentKind } from '../../server/protocol/defects';
import type { Locale } from '../../server/i18n/locale';
import type { ChannelKind } from '../../server/protocol/roles';
import type {
  ChosenStep,
  ConcernCategory,
  ConcernDetails,
  ConsentScope,
  NeighbourReplyKind,
} from '../../server/protocol/concernTypes';

/**
 * Domain actions the engine asks the server to carry out. This union is the whole contract
 * between the engine and the server's executor: one `type` per action, all fields plain data.
 *
 * Contract for the executor: run the actions of one result in order, store them before the
 * replies are delivered, and when an action fails send `bot.action_failed` (catalogue) to the
 * person privately instead of the replies. Texts the person wrote are passed as `text`/`note`
 * and may only be shown to staff (and to the author).
 */
export type BotAction =
  | HelpRequestAction
  | HelpDetailAction
  | EmergencyAlertAction
  | ConcernStartAction
  | CareSignalAction
  | ActivitySignupAction
  | ActivityCancelAction
  | ActivityCreateAction
  | ActivityOfferAnswerAction
  | VolunteerSignupAction
  | VolunteerCallAction
  | DefectReportAction
  | DefectMeTooAction
  | ConcernStepAction
  | ConcernDetailsAction
  | ConcernFollowupAction
  | ConcernConsentAction
  | ConcernAftercareAction
  | ConcernMediationAction
  | NeighbourReplyAction
  | MessageTakeBackAction;

export type BotActionType = BotAction['type'];

interface ActionBase {
  projectId: string;
  /** The person on whose behalf the bot acts. */
  userId: string;
}

export const helpTopics = ['home', 'money', 'health', 'neighbours', 'other'] as const;
export type HelpTopic = (typeof helpTopics)[number];

/** The person asks to be contacted by support staff (the staff room is notified at once). */
export interface HelpRequestAction extends ActionBase {
  type: 'help.request';
  urgent: boolean;
  topic: HelpTopic;
  /** Optional words of the person, for staff only. */
  note?: string;
  /** Why the request was made: the person asked, or the bot could not understand them. */
  reason: 'asked' | 'bot_misunderstood';
  /** Who the person was told will answer; the executor should route the request there. */
  answeredBy: 'own_worker' | 'on_call' | 'any_staff';
}

/**
 * Kinds of emergency, each with its own advice (`safety/advice.ts`). `weapon` is violence with a
 * weapon (kept for alerts stored before the kinds were split); `missing` is a young child or a
 * vulnerable person (dementia, confused) who cannot be found; `danger` is danger of no known kind.
 */
export const emergencyKinds = [
  'unresponsive',
  'fall',
  'overdose',
  'fire',
  'gas',
  'violence',
  'weapon',
  'threat',
  'break_in',
  'self_harm',
  'missing',
  'danger',
] as const;
export type EmergencyKind = (typeof emergencyKinds)[number];

export function isEmergencyKind(value: string): value is EmergencyKind {
  return (emergencyKinds as readonly string[]).includes(value);
}

/**
 * What the person adds to the help request they made a moment ago (its topic, their own words).
 * The request itself already exists: this only adds to it, and a request nobody can find any
 * more (resolved meanwhile) is made anew, so nothing the person says is lost.
 */
export interface HelpDetailAction extends ActionBase {
  type: 'help.detail';
  topic: HelpTopic;
  note?: string;
}

/** Danger words were seen: urgent alert to the project's staff (and the on-call worker). */
export interface EmergencyAlertAction extends ActionBase {
  type: 'emergency.alert';
  kinds: EmergencyKind[];
  /** The message as written, for staff only. */
  text: string;
  channelId: string;
  channelKind: ChannelKind;
  /** The concern the person was talking about when it happened (its `ref`), if any. */
  concernRef?: string;
  /** What the person was actually shown, so the staff notice names only that. */
  told?: EmergencyAdvice[];
}

/** Numbers and contacts an emergency answer can show; `asked`: the person answered the safety question. */
export type EmergencyAdvice = '112' | '113' | 'police' | 'repairs' | 'asked';

/** Open a private concern (melding) thread between the reporter and staff, with this draft. */
export interface ConcernStartAction extends ActionBase {
  type: 'concern.start';
  /** Made by the engine: later actions about this concern name it, and a retry stores it once. */
  ref: string;
  description: string;
  category?: ConcernCategory;
  unit?: string;
  when?: string;
  /** The concern was first written in a shared room and moved to private by the shaming guard. */
  fromSharedRoom: boolean;
}

/** A neighbour is worried about someone: staff are told privately. */
export interface CareSignalAction extends ActionBase {
  type: 'care.signal';
  note: string;
  unit?: string;
}

export interface ActivitySignupAction extends ActionBase {
  type: 'activity.signup';
  activityId: string;
  /** People the person brings along (children, a friend); absent means none. */
  guests?: number;
}

/** The answer to a freed place offered from the waitlist. */
export interface ActivityOfferAnswerAction extends ActionBase {
  type: 'activity.offer_answer';
  activityId: string;
  accept: boolean;
}

/** The person volunteers for a task of an activity. */
export interface VolunteerSignupAction extends ActionBase {
  type: 'volunteer.signup';
  taskId: string;
}

/** A coordinator asks Buurtbot to post a call for help in the activities room. */
export interface VolunteerCallAction extends ActionBase {
  type: 'volunteer.call';
  activityId: string;
}

export interface ActivityCancelAction extends ActionBase {
  type: 'activity.cancel';
  activityId: string;
}

/** A coordinator creates an activity; the server validates and publishes it. */
export interface ActivityCreateAction extends ActionBase {
  type: 'activity.create';
  title: string;
  /** Local date, YYYY-MM-DD (Europe/Amsterdam). */
  date: string;
  /** Local time, HH:MM, when given. */
  time?: string;
  place?: string;
  /** Places (guests included); absent: no limit. */
  capacity?: number;
}

/**
 * A new defect case: something broken in a shared space of the project (hall light, lift,
 * front door) or in the person's own home. The server decides the case number and, from the
 * words, whether it is a water leak, no heating or gas.
 */
export interface DefectReportAction extends ActionBase {
  type: 'defect.report';
  description: string;
  place: { kind: 'space'; spaceId: string } | { kind: 'unit' };
  since: DefectSince;
  urgency: DefectUrgency;
  /** Water leak, no heating, gas smell, when the bot recognised one. */
  urgentKind?: UrgentKind;
  /** The language of the conversation: the person hears about changes in it. */
  locale: Locale;
}

/** "Me too": the person has the same problem as an open case; they are counted and told of changes. */
export interface DefectMeTooAction extends ActionBase {
  type: 'defect.metoo';
  defectId: string;
  locale: Locale;
}

/** The reporter chose a step on the ladder for their concern. */
export interface ConcernStepAction extends ActionBase {
  type: 'concern.step';
  ref: string;
  to: ChosenStep;
  /** For a burenbericht: the home it goes to, and whether the neighbour may know who sent it. */
  unit?: string;
  named?: boolean;
  details: ConcernDetails;
}

/** The reporter answered the intake questions but chose no step yet. */
export interface ConcernDetailsAction extends ActionBase {
  type: 'concern.details';
  ref: string;
  details: ConcernDetails;
}

/** The reporter's answer to "is it solved?". */
export interface ConcernFollowupAction extends ActionBase {
  type: 'concern.followup';
  ref: string;
  answer: 'solved' | 'not_solved' | 'better';
}

/** The reporter's answer to "may this case go to the housing corporation?". */
export interface ConcernConsentAction extends ActionBase {
  type: 'concern.consent';
  ref: string;
  answer: ConsentScope | 'no';
}

/** "Is it still good?" some weeks after a concern was solved (reporter or neighbour). */
export interface ConcernAftercareAction extends ActionBase {
  type: 'concern.aftercare';
  ref: string;
  answer: 'good' | 'not_good' | 'skip';
}

/** A party's free yes or no to neighbourhood mediation. */
export interface ConcernMediationAction extends ActionBase {
  type: 'concern.mediation';
  ref: string;
  answer: 'yes' | 'no';
}

/** A neighbour answers a burenbericht: a ready reply or their own words. */
export interface NeighbourReplyAction extends ActionBase {
  type: 'neighbour.reply';
  burenberichtId: string;
  kind: NeighbourReplyKind;
  text?: string;
}

/**
 * No public blame: the author takes back their own message from a shared room; it is deleted for
 * everyone. The executor deletes it only when `userId` wrote it.
 */
export interface MessageTakeBackAction extends ActionBase {
  type: 'message.take_back';
  messageId: string;
}
