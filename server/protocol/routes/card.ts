import { route, type In } from '../http';
import type { cardInputSchema, NeighbourhoodCard } from '../card';

/** `/api/card/:projectId`: the neighbourhood card (who to call for what, and tips). */
export const card = {
  get: route('GET', '/api/card/:projectId').of<{
    answer: { card: NeighbourhoodCard; canEdit: boolean };
  }>(),
  save: route('PUT', '/api/card/:projectId').of<{
    body: In<typeof cardInputSchema>;
    answer: { card: NeighbourhoodCard; canEdit: boolean };
  }>(),
};
