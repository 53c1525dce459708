import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { dateTime } from './format';
import { notes } from './state';

/** Staff notes on a concern, oldest first, and a box to add one (sent once, by client id). */
export function ConcernNotes({
  concernId,
  onError,
}: {
  concernId: string;
  onError: (message: string) => void;
}) {
  const [note, setNote] = useState('');
  const [noteId, setNoteId] = useState(() => crypto.randomUUID());

  async function addNote(event: Event) {
    event.preventDefault();
    if (!note.trim()) return;
    try {
      const stored = await api(routes.concerns.note, {
        params: { concernId },
        body: { clientId: noteId, body: note },
      });
      const list = notes.value[concernId] ?? [];
      if (!list.some((n) => n.id === stored.id))
        notes.value = { ...notes.value, [concernId]: [...list, stored] };
      setNote('');
      setNoteId(crypto.randomUUID());
    } catch (failure) {
      onError(failure instanceof ApiError ? failure.payload.message : t('web.error_generic'));
    }
  }

  return (
    <section aria-labelledby="notes-title">
      <h4 id="notes-title">{t('concerns.web.notes_title')}</h4>
      <ul class="plain">
        {(notes.value[concernId] ?? []).map((n) => (
          <li key={n.id}>
            <span class="muted">
              {n.author?.name ?? '—'} · {dateTime(n.createdAt)}:
            </span>{' '}
            {n.body}
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={addNote}>
        <label for="note-body">{t('concerns.web.note_label')}</label>
        <textarea
          id="note-body"
          rows={2}
          maxLength={4000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('concerns.web.add_note')}
        </button>
      </form>
    </section>
  );
}
