import type { CardContact, NeighbourhoodCard } from '../../../../server/protocol/card';
import { telHref } from '../../../../server/protocol/phone';
import { PhoneText } from '../../components/PhoneText';
import { t } from '../../i18n';

/** The card as everyone reads it: the contacts, the tips, and "edit" for those who may. */
export function CardView({
  card,
  canEdit,
  onEdit,
}: {
  card: NeighbourhoodCard;
  canEdit: boolean;
  onEdit: () => void;
}) {
  return (
    <>
      <ul class="card-contacts">
        {card.contacts.map((c, i) => (
          <ContactItem key={i} contact={c} />
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
        <button type="button" class="button" onClick={onEdit}>
          {t('card.web.edit')}
        </button>
      ) : null}
    </>
  );
}

/** One contact: name and kind, phone (a tel: link), e-mail and note. */
function ContactItem({ contact: c }: { contact: CardContact }) {
  return (
    <li>
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
  );
}
