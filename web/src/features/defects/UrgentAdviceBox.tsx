import { useId } from 'preact/hooks';
import type { CardContact } from '../../../../server/protocol/card';
import { t } from '../../i18n';

/** The repair line from the buurtkaart, shown at once for urgent defects; gas also gets 112. */
export function UrgentAdviceBox({
  repairs,
  gas,
}: {
  repairs: Pick<CardContact, 'name' | 'phone' | 'email' | 'note'>[];
  gas: boolean;
}) {
  const titleId = useId();
  return (
    <section class="urgent-box" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('defects.web.urgent_title')}</h2>
      {gas ? <p class="urgent-gas">{t('defects.web.gas_112')}</p> : null}
      {repairs.length > 0 ? (
        <>
          <p>{t('defects.web.urgent_call')}</p>
          <ul class="contact-list">
            {repairs.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong>
                {c.phone ? (
                  <a class="button primary" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
                    {c.phone}
                  </a>
                ) : null}
                {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                {c.note ? <span class="muted">{c.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('defects.urgent.no_number')}</p>
      )}
    </section>
  );
}
