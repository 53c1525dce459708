import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

/** A simple centred page (welcome, join, login). */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main id="main" class="page">
      <p class="brand" aria-hidden="true">
        {t('web.app_name')}
      </p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

export function ErrorText({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}
