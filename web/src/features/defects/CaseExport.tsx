import type { DefectView } from '../../../../server/protocol/defects';
import { t } from '../../i18n';

/** The case as JSON or printable HTML, for those who handle it. */
export function CaseExport({ view }: { view: DefectView }) {
  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">{t('defects.web.export')}</h3>
      <p class="list-tools">
        <a class="button subtle" href={`/api/defects/${view.id}/export.json`} download>
          {t('defects.web.export_json')}
        </a>
        <a
          class="button subtle"
          href={`/api/defects/${view.id}/export.html`}
          target="_blank"
          rel="noopener"
        >
          {t('defects.web.export_html')}
        </a>
      </p>
    </section>
  );
}
