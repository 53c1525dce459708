import { route, type In } from '../http';
import type { CardContact } from '../card';
import type { DefectView, SimilarDefect, Space, UrgentAdvice } from '../defects';
import type {
  changeDefectSchema,
  createSpaceSchema,
  listDefectsQuerySchema,
  meTooSchema,
  reportDefectSchema,
  similarQuerySchema,
  updateSpaceSchema,
  uploadPhotoSchema,
} from '../defects';

type One = { defect: DefectView };
const project = '/api/projects/:projectId/defects';
const defect = '/api/defects/:defectId';

/** The defects area: reports of things broken in homes and shared spaces, and their photos. */
export const defects = {
  list: route('GET', project).of<{
    query: In<typeof listDefectsQuerySchema>;
    answer: { defects: DefectView[] };
  }>(),
  /** 201 for a new report, 200 when it joined an open one. */
  report: route('POST', project).of<{
    body: In<typeof reportDefectSchema>;
    answer: One & { advice: UrgentAdvice | null };
  }>(),
  similar: route('GET', `${project}/similar`).of<{
    query: In<typeof similarQuerySchema>;
    answer: { similar: SimilarDefect[] };
  }>(),
  places: route('GET', `${project}/places`).of<{
    answer: { spaces: Space[]; ownUnit: string | null };
  }>(),
  repairContacts: route('GET', `${project}/repair-contacts`).of<{
    answer: { repairs: CardContact[] };
  }>(),
  addSpace: route('POST', `${project}/spaces`).of<{
    body: In<typeof createSpaceSchema>;
    answer: { space: Space };
  }>(),
  updateSpace: route('PATCH', `${project}/spaces/:spaceId`).of<{
    body: In<typeof updateSpaceSchema>;
    answer: { space: Space };
  }>(),
  get: route('GET', defect).of<{ answer: One }>(),
  meToo: route('POST', `${defect}/me-too`).of<{ body: In<typeof meTooSchema>; answer: One }>(),
  change: route('POST', `${defect}/status`).of<{
    body: In<typeof changeDefectSchema>;
    answer: One & { changed: boolean };
  }>(),
  /** The photo goes as base64 in JSON; the server checks its content. */
  uploadPhoto: route('POST', '/api/defect-photos/cases/:defectId').of<{
    body: In<typeof uploadPhotoSchema>;
    answer: One & { photo: { id: string; url: string } };
  }>(),
};
