import type { DefectRecord } from '../defects/cases';
import type { DefectChange } from '../../protocol/defects';
import type { Role } from '../../protocol/roles';

/** Events of the defects area. */
export type DefectEvent = {
  type: 'defect.changed';
  change: DefectChange;
  record: DefectRecord;
  /**
   * The project members who might hear of it (those who handle cases, and the reporters), with
   * their role. The audience decides with the access rules who of them actually does.
   */
  members: { userId: string; role: Role }[];
};
