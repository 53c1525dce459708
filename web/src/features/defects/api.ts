import type {
  ChangeDefectInput,
  DefectStatus,
  DefectView,
  ReportDefectInput,
  SimilarDefect,
  Space,
  UrgentAdvice,
} from '../../../../server/protocol/defects';
import type { CardContact } from '../../../../server/protocol/card';
import { http } from '../../api/http';

/** The defect API, as the screens call it. */
export const defectsApi = {
  places: (projectId: string) =>
    http.get<{ spaces: Space[]; ownUnit: string | null }>(
      `/api/projects/${projectId}/defects/places`,
    ),
  repairContacts: (projectId: string) =>
    http.get<{ repairs: CardContact[] }>(`/api/projects/${projectId}/defects/repair-contacts`),
  similar: (projectId: string, query: { spaceId?: string; what: string }) => {
    const params = new URLSearchParams({ what: query.what });
    if (query.spaceId) params.set('spaceId', query.spaceId);
    else params.set('unit', 'own');
    return http.get<{ similar: SimilarDefect[] }>(
      `/api/projects/${projectId}/defects/similar?${params}`,
    );
  },
  list: (projectId: string, scope: 'mine' | 'all', status?: DefectStatus) => {
    const params = new URLSearchParams({ scope });
    if (status) params.set('status', status);
    return http.get<{ defects: DefectView[] }>(`/api/projects/${projectId}/defects?${params}`);
  },
  get: (defectId: string) => http.get<{ defect: DefectView }>(`/api/defects/${defectId}`),
  report: (projectId: string, input: ReportDefectInput) =>
    http.post<{ defect: DefectView; advice: UrgentAdvice | null }>(
      `/api/projects/${projectId}/defects`,
      input,
    ),
  meToo: (defectId: string) =>
    http.post<{ defect: DefectView }>(`/api/defects/${defectId}/me-too`, {}),
  change: (defectId: string, input: ChangeDefectInput) =>
    http.post<{ defect: DefectView; changed: boolean }>(`/api/defects/${defectId}/status`, input),
  /** The photo goes as base64 in JSON (the API takes JSON only); the server checks its content. */
  uploadPhoto: async (defectId: string, file: File) =>
    http.post<{ photo: { id: string; url: string }; defect: DefectView }>(
      `/api/defect-photos/cases/${defectId}`,
      { data: await fileAsBase64(file) },
    ),
};

function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
