import { signal } from '@preact/signals';
import type { DefectView } from '../../../../server/protocol/defects';
import { connect } from '../../state/chat';

/** Every case this browser has seen, by id; kept current by `defect:changed` from the server. */
export const defectsById = signal<Record<string, DefectView>>({});

export function remember(...views: DefectView[]): void {
  if (views.length === 0) return;
  const next = { ...defectsById.value };
  for (const view of views) next[view.id] = view;
  defectsById.value = next;
}

let listening = false;

/** Listens once per page to live case changes (the realtime connection is shared with the chat). */
export function listenForDefects(): void {
  if (listening) return;
  listening = true;
  connect().socket.on('defect:changed', (event) => remember(event.defect));
}
