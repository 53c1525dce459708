import type {
  AlertRecord,
  ConcernRecord,
  CorporationCaseRecord,
  Person,
} from '../concerns/records';
import type { MessageButton } from '../../protocol/messages';

export interface NoteRecord {
  id: string;
  concernId: string;
  projectId: string;
  author: Person | null;
  body: string;
  createdAt: Date;
}

/**
 * Events of the concerns area. Everything here but `concern.changed` (which also has a
 * reporter's view) is staff-only; `audiences/concerns.ts` decides who hears what.
 */
export type ConcernEvent =
  | { type: 'concern.changed'; record: ConcernRecord; change: string }
  | { type: 'concern.note_added'; note: NoteRecord }
  | { type: 'alert.changed'; record: AlertRecord; change: string }
  | {
      type: 'corporation.case_changed';
      projectId: string;
      corporationUserIds: string[];
      record: CorporationCaseRecord;
    }
  /**
   * Buurtbot started a private message to a person (a burenbericht, a follow-up question). The
   * web delivery is the stored message itself (`message.created` in their Buurtbot channel);
   * other adapters (Discord DMs) listen to this.
   */
  | {
      type: 'concern.outreach';
      projectId: string;
      userId: string;
      purpose: 'burenbericht' | 'followup' | 'aftercare' | 'consent' | 'mediation' | 'notice';
      /** The stored message in their Buurtbot conversation. */
      messageId: string;
      text: string;
      buttons: MessageButton[];
    };
