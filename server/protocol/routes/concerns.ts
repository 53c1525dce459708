import { route, type In } from '../http';
import type {
  ConcernNote,
  ConcernView,
  CorporationCaseView,
  LivingLabNumbers,
  OnCallShiftView,
  ReporterConcern,
  StaffAlert,
  StaffConcern,
  StaffConcernDetail,
  StaffFeed,
} from '../concerns';
import type {
  concernNoteSchema,
  concernTargetSchema,
  consentAnswerSchema,
  corporationUpdateSchema,
  mediationPhaseMoveSchema,
  moveConcernSchema,
  reportConcernSchema,
  resolveConcernSchema,
  shiftSchema,
  shiftUpdateSchema,
  statsQuerySchema,
} from '../concerns';

type Ok = { ok: true };
// A body is the socket event's input without the id the path gives.
const project = '/api/projects/:projectId';
const concern = '/api/concerns/:concernId';

/** The concerns area: reports, the staff feed, the rota, the corporation's cases, alerts. */
export const concerns = {
  report: route('POST', `${project}/concerns`).of<{
    body: Omit<In<typeof reportConcernSchema>, 'projectId'>;
    answer: ReporterConcern;
  }>(),
  feed: route('GET', `${project}/concerns`).of<{ answer: StaffFeed }>(),
  mine: route('GET', `${project}/concerns/mine`).of<{ answer: { concerns: ReporterConcern[] } }>(),
  stats: route('GET', `${project}/concerns/stats`).of<{
    query: In<typeof statsQuerySchema>;
    answer: LivingLabNumbers;
  }>(),
  rota: route('GET', `${project}/rota`).of<{ answer: { shifts: OnCallShiftView[] } }>(),
  addShift: route('POST', `${project}/rota`).of<{
    body: In<typeof shiftSchema>;
    answer: { id: string };
  }>(),
  updateShift: route('PATCH', `${project}/rota/:shiftId`).of<{
    body: In<typeof shiftUpdateSchema>;
    answer: { id: string };
  }>(),
  removeShift: route('DELETE', `${project}/rota/:shiftId`).of<{ answer: Ok }>(),
  corporationCases: route('GET', `${project}/corporation/cases`).of<{
    answer: { cases: CorporationCaseView[] };
  }>(),
  corporationUpdate: route('POST', `${project}/corporation/cases/:caseId/updates`).of<{
    body: Omit<In<typeof corporationUpdateSchema>, 'caseId'>;
    answer: CorporationCaseView;
  }>(),
  /** Staff get the detail with notes and audit; the reporter gets their own view. */
  detail: route('GET', concern).of<{ answer: StaffConcernDetail | ReporterConcern }>(),
  move: route('POST', `${concern}/moves`).of<{
    body: Omit<In<typeof moveConcernSchema>, 'concernId'>;
    answer: ConcernView;
  }>(),
  claim: route('POST', `${concern}/claim`).of<{ answer: StaffConcern }>(),
  note: route('POST', `${concern}/notes`).of<{
    body: Omit<In<typeof concernNoteSchema>, 'concernId'>;
    answer: ConcernNote;
  }>(),
  resolve: route('POST', `${concern}/resolve`).of<{
    body: Omit<In<typeof resolveConcernSchema>, 'concernId'>;
    answer: ConcernView;
  }>(),
  requestConsent: route('POST', `${concern}/consent-request`).of<{ answer: StaffConcern }>(),
  consent: route('POST', `${concern}/consent`).of<{
    body: Omit<In<typeof consentAnswerSchema>, 'concernId'>;
    answer: ReporterConcern;
  }>(),
  mediation: route('POST', `${concern}/mediation`).of<{
    body: Omit<In<typeof mediationPhaseMoveSchema>, 'concernId'>;
    answer: StaffConcern;
  }>(),
  target: route('PATCH', `${concern}/target`).of<{
    body: Omit<In<typeof concernTargetSchema>, 'concernId'>;
    answer: StaffConcern;
  }>(),
  alert: route('POST', '/api/alerts/:alertId/:action{claim|acknowledge|resolve}').of<{
    answer: StaffAlert;
  }>(),
};
