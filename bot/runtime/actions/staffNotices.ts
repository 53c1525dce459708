import { findProjectChannel } from '../../../server/domain/channels/channels';
import { t } from '../../../server/i18n/catalogue';
import type { Locale } from '../../../server/i18n/locale';
import type { ActionContext, ActionExecutor } from '../executor';
import { postBotMessage } from '../post';

/** Staff read the team room in Dutch. */
const STAFF_LOCALE: Locale = 'nl';

async function postToStaffRoom(ctx: ActionContext, projectId: string, lines: string[]) {
  const staffRoom = await findProjectChannel(ctx.db, projectId, 'staff');
  if (!staffRoom) throw new Error(`project ${projectId} has no staff room`);
  return [
    await postBotMessage(
      ctx.db,
      ctx.clock,
      { channelId: staffRoom.id, projectId, channelKind: 'staff' },
      lines.join('\n'),
    ),
  ];
}

/**
 * The first actions: a help request, an emergency and a care signal reach the project's staff
 * room at once, as a message from Buurtbot. (The concern issue replaces these with tracked
 * alerts that can be claimed and resolved.)
 */
export function registerStaffNotices(executor: ActionExecutor): void {
  executor.register('help.request', (action, ctx) => {
    const name = ctx.authorName;
    const topic = t(STAFF_LOCALE, `staff.topic.${action.topic}`);
    const lines = [
      action.reason === 'bot_misunderstood'
        ? t(STAFF_LOCALE, 'staff.help_request_misunderstood', { name })
        : t(STAFF_LOCALE, action.urgent ? 'staff.help_request_urgent' : 'staff.help_request', {
            name,
            topic,
          }),
    ];
    if (action.note) lines.push(t(STAFF_LOCALE, 'staff.help_note', { note: action.note }));
    lines.push(t(STAFF_LOCALE, `staff.answered_by.${action.answeredBy}`, { name }));
    return postToStaffRoom(ctx, action.projectId, lines);
  });

  executor.register('emergency.alert', (action, ctx) => {
    const kinds = action.kinds.map((k) => t(STAFF_LOCALE, `staff.emergency_kind.${k}`)).join(', ');
    const room = t(STAFF_LOCALE, `staff.room.${action.channelKind}`);
    return postToStaffRoom(ctx, action.projectId, [
      t(STAFF_LOCALE, 'staff.emergency', {
        name: ctx.authorName,
        kinds,
        room,
        text: action.text.slice(0, 500),
      }),
    ]);
  });

  executor.register('care.signal', (action, ctx) => {
    const unit = action.unit
      ? t(STAFF_LOCALE, 'staff.care_signal_unit', { unit: action.unit })
      : '';
    return postToStaffRoom(ctx, action.projectId, [
      t(STAFF_LOCALE, 'staff.care_signal', {
        name: ctx.authorName,
        note: action.note.slice(0, 1000),
        unit,
      }),
    ]);
  });
}
