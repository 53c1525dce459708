import type { SimilarDefect } from '../../../../server/protocol/defects';
import { t } from '../../i18n';
import { reportersLabel } from './labels';

/** Open cases in the same place that look like what is being typed, each with "Me too". */
export function LookAlikeCases({
  similar,
  meToo,
  onMeToo,
}: {
  similar: SimilarDefect[];
  meToo: string | undefined;
  onMeToo: (item: SimilarDefect) => void;
}) {
  const open = similar.filter((s) => s.status !== 'solved' && s.status !== 'rejected');
  return (
    <div aria-live="polite">
      {open.length > 0 ? (
        <section class="similar" aria-labelledby="similar-title">
          <h3 id="similar-title">{t('defects.web.similar_title')}</h3>
          <p>{t('defects.web.similar_intro')}</p>
          <ul class="case-list">
            {open.map((s) => (
              <li key={s.id} class="case-card">
                <p class="case-what">
                  <strong>{s.ref}</strong> {s.what}
                </p>
                <p class="muted">
                  {s.placeName} · {reportersLabel(s)}
                </p>
                {s.mine ? (
                  <p class="mine">{t('defects.web.mine_first')}</p>
                ) : (
                  <button type="button" class="button" onClick={() => onMeToo(s)}>
                    {t('defects.web.metoo_label', { ref: s.ref })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {meToo ? (
            <p class="notice" role="status">
              {t('defects.web.metoo_done', { ref: meToo })}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
