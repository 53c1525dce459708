import { useLocation } from 'preact-iso';
import { Icon } from '../components/Icon';
import { t } from '../i18n';

/**
 * Always in reach: opens the private Buurtbot conversation and starts the help flow there
 * (Buurtbot asks how urgent it is, then reaches a support worker).
 */
export function HelpButton({ projectId }: { projectId: string }) {
  const { route } = useLocation();
  return (
    <>
      <button
        type="button"
        class="button help-button"
        aria-describedby="help-hint"
        onClick={() => route(`/p/${projectId}/bot?hulp=1`)}
      >
        <Icon name="help" />
        <span>{t('shell.help_button')}</span>
      </button>
      <span id="help-hint" class="visually-hidden">
        {t('shell.help_hint')}
      </span>
    </>
  );
}
