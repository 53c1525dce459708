import { asc, eq, inArray } from 'drizzle-orm';
import { defectHistory, defectPhotos, defectReports, defects } from '../../../db/schema';
import type { PersonalDataArea } from '../privacy/types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Defects (gebreken): the person's reports and "me too"s with their photos, and what they did
 * on cases as staff or corporation.
 */
const defectReporting: PersonalDataArea = {
  name: 'defects',
  tables: ['defect_reports', 'defect_photos', 'defects', 'defect_history'],
  async export(db, userId) {
    const rows = await db
      .select({ report: defectReports, defect: defects })
      .from(defectReports)
      .innerJoin(defects, eq(defects.id, defectReports.defectId))
      .where(eq(defectReports.userId, userId))
      .orderBy(asc(defectReports.createdAt));
    const photos =
      rows.length > 0
        ? await db
            .select()
            .from(defectPhotos)
            .where(
              inArray(
                defectPhotos.reportId,
                rows.map((r) => r.report.id),
              ),
            )
        : [];
    const photoOf = new Map(photos.map((p) => [p.reportId, p]));
    const history = await db
      .select()
      .from(defectHistory)
      .where(eq(defectHistory.actorId, userId))
      .orderBy(asc(defectHistory.createdAt));
    return {
      reports: rows.map(({ report, defect }) => {
        const photo = photoOf.get(report.id);
        return {
          defectId: defect.id,
          projectId: defect.projectId,
          number: defect.number,
          kind: report.kind,
          what: report.kind === 'first' ? defect.what : null,
          unitLabel: defect.unitLabel,
          note: report.note,
          status: defect.status,
          createdAt: iso(report.createdAt),
          // The photo itself (re-encoded at upload, no metadata), as a data URL.
          photo: photo
            ? {
                mime: photo.mime,
                width: photo.width,
                height: photo.height,
                createdAt: iso(photo.createdAt),
                dataUrl: `data:${photo.mime};base64,${Buffer.from(photo.data).toString('base64')}`,
              }
            : null,
        };
      }),
      changesMade: history.map((h) => ({
        defectId: h.defectId,
        toStatus: h.toStatus,
        note: h.note,
        createdAt: iso(h.createdAt),
      })),
    };
  },
  /**
   * The person's reports and "me too"s go with their photos and notes; the case stays for the
   * repair and for the others who reported it (its description and home, without who made it).
   * Changes they made as staff or corporation stay without their id.
   */
  async erase(tx, userId) {
    await tx.delete(defectReports).where(eq(defectReports.userId, userId));
    await tx.update(defects).set({ createdBy: null }).where(eq(defects.createdBy, userId));
    await tx.update(defectHistory).set({ actorId: null }).where(eq(defectHistory.actorId, userId));
  },
};

export const defectsPrivacy: PersonalDataArea[] = [defectReporting];
