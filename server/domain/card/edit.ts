import type { Executor } from '../../../db/database';
import { neighbourhoodCards } from '../../../db/schema';
import type { NeighbourhoodCard } from '../../protocol/card';
import type { CardInput } from '../../protocol/card';
import { forbidden } from '../../errors';
import { canEditCard } from '../activities/rules';
import { requireMembership } from '../membership/memberships';
import { getCard } from './card';

/**
 * Saves a project's buurtkaart (staff and the residents' association). Empty optional fields
 * are left out; the emergency number 112 is always on the card, saved or not (`getCard`).
 */
export async function saveCard(
  db: Executor,
  userId: string,
  projectId: string,
  input: CardInput,
  now: Date,
): Promise<NeighbourhoodCard> {
  const membership = await requireMembership(db, userId, projectId);
  if (!canEditCard(membership.role)) throw forbidden();
  const contacts = input.contacts.map((c) => ({
    kind: c.kind,
    name: c.name,
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.note ? { note: c.note } : {}),
  }));
  await db
    .insert(neighbourhoodCards)
    .values({ projectId, contacts, tips: input.tips, updatedBy: userId, updatedAt: now })
    .onConflictDoUpdate({
      target: neighbourhoodCards.projectId,
      set: { contacts, tips: input.tips, updatedBy: userId, updatedAt: now },
    });
  return getCard(db, projectId);
}
