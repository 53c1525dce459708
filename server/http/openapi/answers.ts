import { z } from 'zod';
import { interestTags } from '../../protocol/activities';
import { calendarScopes } from '../../protocol/activity-vocab';
import {
  activitySchema,
  attendeeSchema,
  participationRowSchema,
  signupResultSchema,
} from '../../protocol/activity-views';
import { invitePreviewSchema, inviteSchema, sessionInfoSchema } from '../../protocol/auth';
import { cardContactViewSchema, neighbourhoodCardSchema } from '../../protocol/card';
import {
  concernNoteViewSchema,
  concernViewSchema,
  corporationCaseViewSchema,
  livingLabNumbersSchema,
  onCallShiftViewSchema,
  reporterConcernSchema,
  staffAlertSchema,
  staffConcernDetailSchema,
  staffConcernSchema,
  staffFeedSchema,
} from '../../protocol/concern-views';
import {
  defectViewSchema,
  similarDefectSchema,
  spaceSchema,
  defectPhotoSchema,
  urgentAdviceSchema,
} from '../../protocol/defects';
import {
  discordAccountStatusSchema,
  discordConnectionStatusSchema,
  discordLinkSchema,
  linkCodeSchema,
} from '../../protocol/discord';
import type { AnswerOf, HttpRoute } from '../../protocol/http';
import { messageSchema } from '../../protocol/messages';
import {
  channelSchema,
  memberHomeSchema,
  memberSchema,
  meSchema,
  projectSchema,
  projectLanguageSchema,
  retentionSchema,
  supportLinkSchema,
} from '../../protocol/projects';
import { roleSchema } from '../../protocol/role-schemas';
import { routes } from '../../protocol/routes';
import { outsideContract } from './outside';
import type { Also, Described, Same } from './described';

/** A route's answer schema; its output type must be the contract's answer type exactly. */
function answer<R extends HttpRoute, S extends z.ZodType>(
  route: R,
  schema: S & Same<z.output<S>, AnswerOf<R>>,
  also?: Also,
): Described {
  return { route, schema, ...(also ? { also } : {}) };
}

const ok = z.object({ ok: z.literal(true) });
const defect = z.object({ defect: defectViewSchema });
const space = z.object({ space: spaceSchema });
const tags = z.object({ tags: z.array(z.enum(interestTags)) });
const newsletter = z.object({
  id: z.string(),
  projectId: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(['draft', 'posted']),
  createdAt: z.string(),
  updatedAt: z.string(),
  postedAt: z.string().nullable(),
});
const { auth, me, projects, invites, channels, push, moderation, activities, newsletters } = routes;
const { defects, discord, concerns, card } = routes;
const one = z.object({ activity: activitySchema });
const cardAnswer = z.object({ card: neighbourhoodCardSchema, canEdit: z.boolean() });

/**
 * The answers the OpenAPI document describes with a schema: the contracts' answer types that are
 * zod schemas in the protocol (or cheap to write here). The other answers are interfaces in the
 * protocol; the document gives them as "a JSON object" until they get a schema.
 */
const described: Described[] = [
  answer(auth.invitePreview, invitePreviewSchema),
  answer(auth.redeem, z.object({ projectId: z.string() })),
  answer(auth.login, ok),
  answer(auth.logout, ok),
  answer(auth.sessions, z.object({ sessions: z.array(sessionInfoSchema) })),
  answer(auth.endSession, ok),
  answer(auth.setPassword, meSchema),
  answer(me.get, meSchema),
  answer(me.update, meSchema),
  answer(me.projects, z.object({ projects: z.array(projectSchema) })),
  answer(me.erase, ok),
  answer(projects.get, projectSchema),
  answer(projects.channels, z.object({ channels: z.array(channelSchema) })),
  answer(projects.members, z.object({ members: z.array(memberSchema) })),
  answer(projects.homes, z.object({ homes: z.array(memberHomeSchema) })),
  answer(projects.setHome, memberHomeSchema),
  answer(projects.supportLinks, z.object({ supportLinks: z.array(supportLinkSchema) })),
  answer(projects.addSupportLink, supportLinkSchema),
  answer(projects.removeSupportLink, ok),
  answer(projects.retention, retentionSchema),
  answer(projects.setRetention, retentionSchema),
  answer(projects.language, projectLanguageSchema),
  answer(projects.setLanguage, projectLanguageSchema),
  answer(
    projects.invites,
    z.object({ invites: z.array(inviteSchema), invitableRoles: z.array(roleSchema) }),
  ),
  answer(
    projects.createInvite,
    z.object({ invite: inviteSchema, url: z.string(), code: z.string() }),
  ),
  answer(invites.revoke, inviteSchema),
  answer(
    channels.messages,
    z.object({ messages: z.array(messageSchema), nextBefore: z.number().nullable() }),
  ),
  answer(push.key, z.object({ publicKey: z.string() })),
  answer(push.subscribe, ok),
  answer(push.unsubscribe, ok),
  answer(push.test, z.object({ delivered: z.boolean() })),
  answer(moderation.flag, z.object({ messageId: z.string(), notice: z.string() })),
  answer(moderation.hide, messageSchema),
  answer(concerns.report, reporterConcernSchema),
  answer(concerns.feed, staffFeedSchema),
  answer(concerns.mine, z.object({ concerns: z.array(reporterConcernSchema) })),
  answer(concerns.stats, livingLabNumbersSchema),
  answer(concerns.rota, z.object({ shifts: z.array(onCallShiftViewSchema) })),
  answer(concerns.corporationCases, z.object({ cases: z.array(corporationCaseViewSchema) })),
  answer(concerns.corporationUpdate, corporationCaseViewSchema),
  answer(concerns.detail, z.union([staffConcernDetailSchema, reporterConcernSchema])),
  answer(concerns.move, concernViewSchema),
  answer(concerns.claim, staffConcernSchema),
  answer(concerns.note, concernNoteViewSchema),
  answer(concerns.resolve, concernViewSchema),
  answer(concerns.requestConsent, staffConcernSchema),
  answer(concerns.consent, reporterConcernSchema),
  answer(concerns.mediation, staffConcernSchema),
  answer(concerns.target, staffConcernSchema),
  answer(concerns.alert, staffAlertSchema),
  answer(concerns.addShift, z.object({ id: z.string() })),
  answer(concerns.updateShift, z.object({ id: z.string() })),
  answer(concerns.removeShift, ok),
  answer(activities.list, z.object({ activities: z.array(activitySchema) })),
  answer(activities.create, one.extend({ occurrences: z.number(), interested: z.number() })),
  answer(activities.participation, z.object({ rows: z.array(participationRowSchema) }), {
    type: 'text/csv',
    description: 'With `format=csv` a CSV file (text/csv) instead.',
  }),
  answer(activities.volunteer, one),
  answer(activities.unvolunteer, one),
  answer(activities.removeTask, one),
  answer(activities.get, one),
  answer(activities.update, one),
  answer(activities.publish, one.extend({ interested: z.number() })),
  answer(activities.cancel, one.extend({ cancelled: z.number() })),
  answer(activities.signup, signupResultSchema),
  answer(activities.withdraw, signupResultSchema),
  answer(activities.offer, signupResultSchema),
  answer(activities.signups, z.object({ attendees: z.array(attendeeSchema) })),
  answer(activities.addTask, one),
  answer(activities.interests, tags),
  answer(activities.setInterests, tags),
  answer(activities.interestCount, z.object({ count: z.number() })),
  answer(
    activities.calendars,
    z.object({
      feeds: z.array(z.object({ scope: z.enum(calendarScopes), createdAt: z.string().nullable() })),
    }),
  ),
  answer(activities.renewCalendar, z.object({ scope: z.enum(calendarScopes), url: z.string() })),
  answer(
    activities.settings,
    z.object({ reminderHoursBefore: z.number(), offerHours: z.number() }),
  ),
  answer(
    activities.saveSettings,
    z.object({ reminderHoursBefore: z.number(), offerHours: z.number() }),
  ),
  answer(activities.callVolunteers, z.object({ posted: z.boolean(), openTasks: z.number() })),
  answer(newsletters.list, z.object({ newsletters: z.array(newsletter) })),
  answer(newsletters.draft, z.object({ newsletter })),
  answer(newsletters.update, z.object({ newsletter })),
  answer(newsletters.post, z.object({ newsletter })),
  answer(card.get, cardAnswer),
  answer(card.save, cardAnswer),
  answer(defects.report, defect.extend({ advice: urgentAdviceSchema.nullable() })),
  answer(defects.repairContacts, z.object({ repairs: z.array(cardContactViewSchema) })),
  answer(defects.list, z.object({ defects: z.array(defectViewSchema) })),
  answer(defects.similar, z.object({ similar: z.array(similarDefectSchema) })),
  answer(
    defects.places,
    z.object({ spaces: z.array(spaceSchema), ownUnit: z.string().nullable() }),
  ),
  answer(defects.addSpace, space),
  answer(defects.updateSpace, space),
  answer(defects.get, defect),
  answer(defects.meToo, defect),
  answer(defects.change, defect.extend({ changed: z.boolean() })),
  answer(defects.uploadPhoto, defect.extend({ photo: defectPhotoSchema })),
  answer(discord.status, discordConnectionStatusSchema),
  answer(discord.retry, discordConnectionStatusSchema),
  answer(discord.account, discordAccountStatusSchema),
  answer(discord.accountCode, linkCodeSchema),
  answer(discord.unlinkAccount, discordAccountStatusSchema),
  answer(discord.links, z.object({ links: z.array(discordLinkSchema) })),
  answer(discord.roomCode, linkCodeSchema),
  answer(discord.unlinkRoom, ok),
];

/** Every route of the HTTP contract with its answer schema, and the few outside it. */
export const describedAnswers: readonly Described[] = [...described, ...outsideContract];

const byRoute = new Map(describedAnswers.map((d) => [`${d.route.method} ${d.route.path}`, d]));

/** The answer of `method path` (Hono's path syntax) with a 2xx status, if it has a schema. */
export function answerOf(method: string, path: string): Described | undefined {
  return byRoute.get(`${method} ${path}`);
}
