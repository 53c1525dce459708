import type {
  ChangeDefectInput,
  DefectStatus,
  ReportDefectInput,
} from '../../../../server/protocol/defects';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';

/** The defect API, as the screens call it. */
export const defectsApi = {
  places: (projectId: string) => api(routes.defects.places, { params: { projectId } }),
  repairContacts: (projectId: string) =>
    api(routes.defects.repairContacts, { params: { projectId } }),
  similar: (projectId: string, query: { spaceId?: string; what: string }) =>
    api(routes.defects.similar, {
      params: { projectId },
      query: query.spaceId
        ? { what: query.what, spaceId: query.spaceId }
        : { what: query.what, unit: 'own' },
    }),
  list: (projectId: string, scope: 'mine' | 'all', status?: DefectStatus) =>
    api(routes.defects.list, { params: { projectId }, query: { scope, status } }),
  get: (defectId: string) => api(routes.defects.get, { params: { defectId } }),
  report: (projectId: string, input: ReportDefectInput) =>
    api(routes.defects.report, { params: { projectId }, body: input }),
  meToo: (defectId: string) => api(routes.defects.meToo, { params: { defectId }, body: {} }),
  change: (defectId: string, input: ChangeDefectInput) =>
    api(routes.defects.change, { params: { defectId }, body: input }),
  /** The photo goes as base64 in JSON (the API takes JSON only); the server checks its content. */
  uploadPhoto: async (defectId: string, file: File) =>
    api(routes.defects.uploadPhoto, {
      params: { defectId },
      body: { data: await fileAsBase64(file) },
    }),
};

function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
