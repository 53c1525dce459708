import { t } from '../../i18n';

/**
 * One way in for "something is wrong": a neighbour (the concern form) or something broken
 * (the defects form), so a broken lamp does not end up as a concern about a neighbour.
 */
export function ReportChoice({
  projectId,
  onNeighbour,
}: {
  projectId: string;
  onNeighbour: () => void;
}) {
  return (
    <section class="report-choice" aria-labelledby="report-choice">
      <p id="report-choice">{t('concerns.web.choose_intro')}</p>
      <button
        type="button"
        class="button primary choice-button"
        aria-describedby="choose-neighbour-hint"
        onClick={onNeighbour}
      >
        {t('concerns.web.choose_neighbour')}
      </button>
      <p id="choose-neighbour-hint" class="muted">
        {t('concerns.web.choose_neighbour_hint')}
      </p>
      <a
        class="button choice-button"
        href={`/p/${projectId}/defects/report`}
        aria-describedby="choose-broken-hint"
      >
        {t('concerns.web.choose_broken')}
      </a>
      <p id="choose-broken-hint" class="muted">
        {t('concerns.web.choose_broken_hint')}
      </p>
    </section>
  );
}
