import { randomUUID } from 'node:crypto';
import type { Bot } from '../../../bot/runtime';
import type { Deps } from '../../deps';
import { findSimilar } from '../../domain/defects/cases';
import { listSpaces, ownUnitOf } from '../../domain/defects/spaces';
import type { DefectService } from './service';

/**
 * Buurtbot's side of defects: the reads its flow needs (the project's spaces, look-alike open
 * cases) and the two actions it asks for (a new case, "me too").
 */
export function registerDefectBot(bot: Bot, deps: Pick<Deps, 'db'>, service: DefectService) {
  const { db } = deps;
  bot.extendPorts({
    async defectPlaces(projectId, userId) {
      const [spaces, unit] = await Promise.all([
        listSpaces(db, projectId),
        ownUnitOf(db, projectId, userId),
      ]);
      return {
        spaces: spaces.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
        ownUnit: unit?.label ?? null,
      };
    },
    similarDefects: (projectId, userId, query) =>
      findSimilar(db, {
        projectId,
        userId,
        description: query.description,
        ...(query.spaceId ? { spaceId: query.spaceId } : {}),
      }),
  });

  bot.executor.register('defect.report', async (action, ctx) => {
    const { events } = await service.report({
      projectId: action.projectId,
      userId: action.userId,
      // One bot action is one report; the runtime never runs an action twice.
      clientId: `bot-${randomUUID()}`,
      place: action.place,
      what: action.description,
      since: action.since,
      urgency: action.urgency,
      ...(action.urgentKind ? { urgentKind: action.urgentKind } : {}),
      locale: action.locale,
      authorName: ctx.authorName,
    });
    return events;
  });

  bot.executor.register('defect.metoo', async (action) => {
    const { events } = await service.meToo({
      defectId: action.defectId,
      userId: action.userId,
      locale: action.locale,
    });
    return events;
  });
}
