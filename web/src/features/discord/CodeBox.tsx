import type { LinkCode } from '../../../../server/protocol/discord';
import { t } from '../../i18n';

/** A fresh link code, large and easy to copy, with how to use it. */
export function CodeBox({ code }: { code: LinkCode }) {
  return (
    <div class="link-code" role="status">
      <p>{t('web.discord.code_howto')}</p>
      <p class="code">
        /koppel <strong>{code.code}</strong>
      </p>
      <p class="muted">{t('web.discord.code_expiry', { minutes: code.minutes })}</p>
    </div>
  );
}
