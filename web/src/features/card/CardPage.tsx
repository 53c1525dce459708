import { useEffect, useState } from 'preact/hooks';
import {
  cardContactKinds,
  type CardContact,
  type NeighbourhoodCard,
} from '../../../../server/protocol/card';
import { http } from '../../api/http';
import { PhoneText } from '../../components/PhoneText';
import { telHref } from '../../../../server/protocol/phone';
import { t } from '../../i18n';
import { connect } from '../../state/chat';
import { me } from '../../state/session';
import { errorText } from '../activities/errors';
import type { FeatureProps } from '../feature';

/** The buurtkaart: who to call for what, and tips. Everyone reads it; staff and coordinators edit it. */
export function CardScreen({ project }: FeatureProps) {
  const projectId = project.id;
  const [card, setCard] = useState<NeighbourhoodCard | undefined>();
  const [canEdit, setCanEdit] = useState(false);
  const [editing, setEditing] = useState(false);

  async function load() {
    const r = await http.get<{ card: NeighbourhoodCard; canEdit: boolean }>(
      `/api/card/${projectId}`,
    );
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

  if (!card) return <p class="page-pad">{t('web.loading')}</p>;
  return (
    <div class="screen">
      <p>
        <a href={`/p/${projectId}`}>{t('activities.web.back', { project: card.projectName })}</a>
      </p>
      <h1>{t('card.web.title', { project: card.projectName })}</h1>
      <p class="danger-line">
        <PhoneText text={t('bot.card.danger_line')} />
      </p>
      {editing ? (
        <CardEditor
          projectId={projectId}
          card={card}
          onDone={(next) => {
            if (next) setCard(next);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <ul class="card-contacts">
            {card.contacts.map((c, i) => (
              <li key={i}>
                <strong>
                  <PhoneText text={c.name} />
                </strong>{' '}
                <span class="muted">({t(`bot.card.kind.${c.kind}`)})</span>
                {c.phone && c.phone !== c.name ? (
                  <>
                    <br />
                    <a class="tel" href={telHref(c.phone)}>
                      {c.phone}
                    </a>
                  </>
                ) : null}
                {c.email ? (
                  <>
                    <br />
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                ) : null}
                {c.note ? (
                  <p>
                    <PhoneText text={c.note} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {card.tips.length > 0 ? (
            <>
              <h2>{t('bot.card.tips')}</h2>
              <ul>
                {card.tips.map((tip, i) => (
                  <li key={i}>
                    <PhoneText text={tip} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {canEdit ? (
            <button type="button" class="button" onClick={() => setEditing(true)}>
              {t('card.web.edit')}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

function CardEditor({
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
      const clean = contacts.map((c) => {
        const out: CardContact = { kind: c.kind, name: c.name };
        if (c.phone) out.phone = c.phone;
        if (c.email) out.email = c.email;
        if (c.note) out.note = c.note;
        return out;
      });
      const r = await http.put<{ card: NeighbourhoodCard }>(`/api/card/${projectId}`, {
        contacts: clean,
        tips: tips
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean),
      });
      onDone(r.card);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form class="stack" onSubmit={save}>
      {contacts.map((c, i) => (
        <fieldset key={i}>
          <legend>{t('card.web.contact', { n: i + 1 })}</legend>
          <label for={`k-${i}`}>{t('card.web.kind')}</label>
          <select
            id={`k-${i}`}
            value={c.kind}
            onChange={(e) => set(i, 'kind', (e.target as HTMLSelectElement).value)}
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
                onInput={(e) => set(i, field, (e.target as HTMLInputElement).value)}
              />
            </div>
          ))}
          <button
            type="button"
            class="button subtle"
            onClick={() => setContacts(contacts.filter((_, j) => j !== i))}
          >
            {t('card.web.remove')}
          </button>
        </fieldset>
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
