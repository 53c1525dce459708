import { useLocation } from 'preact-iso';
import { t } from '../../../i18n';
import { logout } from '../../../state/session';

export function LogoutSection() {
  const { route } = useLocation();
  return (
    <>
      <p>{t('settings.logout_intro')}</p>
      <button
        type="button"
        class="button"
        onClick={async () => {
          await logout();
          route('/');
        }}
      >
        {t('settings.logout')}
      </button>
    </>
  );
}
