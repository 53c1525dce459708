import { t } from '../../../i18n';

/**
 * "Mijn gegevens downloaden": everything Buurtkamer stores about the person, as a JSON file
 * (AVG). A plain link: the server answers with `Content-Disposition: attachment`.
 */
export function ExportSection() {
  return (
    <>
      <p>{t('settings.export_intro')}</p>
      <div class="button-row">
        <a class="button" href="/api/me/export" download>
          {t('settings.export_download')}
        </a>
      </div>
    </>
  );
}
