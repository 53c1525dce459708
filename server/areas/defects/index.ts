import type { AreaFactory } from '../../area';
import { PHOTO_UPLOAD_MAX_BODY } from '../../protocol/defects';
import { registerDefectBot } from './botActions';
import { defectRoutes, photoRoutes, projectDefectRoutes } from './routes';
import { createDefectService } from './service';

/**
 * Shared-space defects: one case per problem, "me too", a lifecycle moved by staff and
 * coordinators and reported on by the housing corporation, notifications to every reporter,
 * exports (Open311 JSON, printable HTML, CSV), and Buurtbot's `/gebrek`.
 */
export const defectsArea: AreaFactory = ({ deps, bot }) => {
  const service = createDefectService(deps);
  registerDefectBot(bot, deps, service);
  return {
    name: 'defects',
    routes: [
      { path: '/projects', app: projectDefectRoutes(deps, service) },
      { path: '/defects', app: defectRoutes(deps, service) },
      {
        path: '/defect-photos',
        app: photoRoutes(deps, service),
        maxBodyBytes: PHOTO_UPLOAD_MAX_BODY,
      },
    ],
  };
};
