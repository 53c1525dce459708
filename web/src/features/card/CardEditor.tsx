import { useState } from 'preact/hooks';
import {
  cardContactKinds,
  type CardContact,
  type NeighbourhoodCard,
} from '../../../../server/protocol/card';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { t } from '../../i18n';
import { errorText } from '../activities/errors';

/** What is saved: each contact without empty fields, one tip per non-empty line. */
function cardBody(contacts: CardContact[], tips: string) {
  const clean = contacts.map((c) => {
    const out: CardContact = { kind: c.kind, name: c.name };
    if (c.phone) out.phone = c.phone;
    if (c.email) out.email = c.email;
    if (c.note) out.note = c.note;
    return out;
  });
  return {
    contacts: clean,
    tips: tips
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean),
  };
}

/** Editing the card: its contacts (the fixed 112 line is not editable) and tips, one per line. */
export function CardEditor({
  projectId,
  card,
  onDone,
}: {
  projectId: string;
  card: NeighbourhoodCard;
  onDone: (card?: NeighbourhoodCard) => void;
}) {
  const [contacts, setContacts] = useState<CardContact[]>(
    card.contacts.filter((c) => !(c.kind === 'emergency' && c.phone === '112')),
  );
  const [tips, setTips] = useState(card.tips.join('\n'));
  const [error, setError] = useState<string | undefined>();
  const set = (i: number, field: keyof CardContact, value: string) =>
    setContacts(contacts.map((c, j) => (j === i ? { ...c, [field]: value } : c)));

  async function save(event: Event) {
    event.preventDefault();
    try {
      const r = await api(routes.card.save, {
        params: { projectId },
        body: cardBody(contacts, tips),
      });
      onDone(r.card);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form class="stack" onSubmit={save}>
      {contacts.map((c, i) => (
        <ContactFieldset
          key={i}
          contact={c}
          index={i}
          onSet={(field, value) => set(i, field, value)}
          onRemove={() => setContacts(contacts.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        class="button"
        onClick={() => setContacts([...contacts, { kind: 'support', name: '' }])}
      >
        {t('card.web.add')}
      </button>
      <label for="tips">{t('card.web.tips')}</label>
      <textarea
        id="tips"
        rows={4}
        value={tips}
        onInput={(e) => setTips((e.target as HTMLTextAreaElement).value)}
      />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="button primary">
          {t('card.web.save')}
        </button>
        <button type="button" class="button subtle" onClick={() => onDone()}>
          {t('activities.web.close')}
        </button>
      </div>
    </form>
  );
}

/** One contact being edited: kind, name, phone, e-mail, note, and remove. */
function ContactFieldset({
  contact: c,
  index: i,
  onSet,
  onRemove,
}: {
  contact: CardContact;
  index: number;
  onSet: (field: keyof CardContact, value: string) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset>
      <legend>{t('card.web.contact', { n: i + 1 })}</legend>
      <label for={`k-${i}`}>{t('card.web.kind')}</label>
      <select
        id={`k-${i}`}
        value={c.kind}
        onChange={(e) => onSet('kind', (e.target as HTMLSelectElement).value)}
      >
        {cardContactKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`bot.card.kind.${kind}`)}
          </option>
        ))}
      </select>
      {(['name', 'phone', 'email', 'note'] as const).map((field) => (
        <div key={field} class="stack">
          <label for={`${field}-${i}`}>{t(`card.web.${field}`)}</label>
          <input
            id={`${field}-${i}`}
            value={c[field] ?? ''}
            onInput={(e) => onSet(field, (e.target as HTMLInputElement).value)}
          />
        </div>
      ))}
      <button type="button" class="button subtle" onClick={onRemove}>
        {t('card.web.remove')}
      </button>
    </fieldset>
  );
}
