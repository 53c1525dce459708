import { useEffect, useState } from 'preact/hooks';
import type { NeighbourhoodCard } from '../../../../server/protocol/card';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { connect } from '../../state/chat';
import { me } from '../../state/session';

/** The project's buurtkaart and whether the person may edit it, fetched again when it changes. */
export function useCard(projectId: string) {
  const [card, setCard] = useState<NeighbourhoodCard | undefined>();
  const [canEdit, setCanEdit] = useState(false);

  async function load() {
    const r = await api(routes.card.get, { params: { projectId } });
    setCard(r.card);
    setCanEdit(r.canEdit);
  }
  useEffect(() => {
    if (!me.value) return;
    void load();
    const { socket } = connect();
    const refresh = (event: { projectId: string }) => {
      if (event.projectId === projectId) void load();
    };
    socket.on('card:updated', refresh);
    return () => socket.off('card:updated', refresh);
  }, [me.value, projectId]);

  return { card, setCard, canEdit };
}
