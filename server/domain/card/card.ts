import { eq } from 'drizzle-orm';
import { neighbourhoodCards, projects } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { NeighbourhoodCard } from '../../protocol/card';

/** A project's buurtkaart. A project without one still has the emergency number. */
export async function getCard(db: Executor, projectId: string): Promise<NeighbourhoodCard> {
  const [row] = await db
    .select({ card: neighbourhoodCards, projectName: projects.name })
    .from(projects)
    .leftJoin(neighbourhoodCards, eq(neighbourhoodCards.projectId, projects.id))
    .where(eq(projects.id, projectId))
    .limit(1);
  const contacts = row?.card?.contacts ?? [];
  return {
    projectName: row?.projectName ?? '',
    contacts: contacts.some((c) => c.kind === 'emergency')
      ? contacts
      : [{ kind: 'emergency', name: '112', phone: '112' }, ...contacts],
    tips: row?.card?.tips ?? [],
  };
}
