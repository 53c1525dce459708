import { useState } from 'preact/hooks';
import type { DefectView } from '../../../../server/protocol/defects';
import { ApiError } from '../../api/http';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';
import { defectsApi } from './api';
import { fitPhoto } from './fitPhoto';
import { remember } from './state';

/** The case's photos. */
export function CasePhotos({ view }: { view: DefectView }) {
  return (
    <section aria-labelledby="photos-title">
      <h3 id="photos-title">{t('defects.web.photos')}</h3>
      <div class="photos">
        {view.photos.map((p) => (
          <img key={p.id} src={p.url} alt={t('defects.web.photo_alt', { ref: view.ref })} />
        ))}
      </div>
    </section>
  );
}

/** Adding a photo to one's own report. */
export function PhotoUpload({ view }: { view: DefectView }) {
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    setError(undefined);
    setMessage(undefined);
    const file = await fitPhoto(chosen);
    if (!file) {
      setError(t('defects.error.photo_cannot_shrink'));
      return;
    }
    setBusy(true);
    try {
      remember((await defectsApi.uploadPhoto(view.id, file)).defect);
      setMessage(t('defects.web.photo_added'));
    } catch (e) {
      setError(e instanceof ApiError ? (e.payload.fields?.photo ?? e.message) : String(e));
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  return (
    <div class="stack photo-upload">
      <label for="case-photo">{t('defects.web.add_photo')}</label>
      <p id="case-photo-hint" class="hint">
        {t('defects.web.photo_hint')}
      </p>
      <input
        id="case-photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby="case-photo-hint"
        disabled={busy}
        onChange={(e) => void pick(e)}
      />
      <ErrorText message={error} />
      {message ? (
        <p class="notice" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
