import type { ComponentChildren } from 'preact';
import type { Message } from '../../../server/protocol/messages';
import { locale, t } from '../i18n';
import { PhoneText } from './PhoneText';

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * One message. All text is rendered as text: Preact escapes it, nothing is parsed as HTML. Every
 * person's public role shows next to their name (bewoner too), so a role written into a name is
 * never the only label; Buurtbot is known by its own style.
 */
export function MessageItem({
  message,
  own,
  onChoose,
  actions,
}: {
  message: Message;
  own: boolean;
  /** Buurtbot's buttons are live on its latest message only. */
  onChoose?: ((label: string, value: string) => void) | undefined;
  /** What the reader may do with it (flag, hide), in shared rooms. */
  actions?: ComponentChildren;
}) {
  const time = timeFormat(locale.value).format(new Date(message.createdAt));
  return (
    <li
      class={own ? 'message own' : message.author.role === 'bot' ? 'message bot' : 'message'}
      data-seq={message.seq}
    >
      <p class="meta">
        <span class="author">{message.author.name}</span>
        {message.author.role !== 'bot' ? (
          <span class="role"> · {t(`web.role.${message.author.role}`)}</span>
        ) : null}
        <time dateTime={message.createdAt}> · {time}</time>
        {message.source === 'discord' ? (
          <span class="source"> · {t('web.discord.via_discord')}</span>
        ) : null}
        {message.editedAt && !message.deleted ? (
          <span class="edited"> · {t('web.message_edited')}</span>
        ) : null}
      </p>
      <p class="body">
        {message.deleted ? (
          '—'
        ) : message.author.role === 'bot' ? (
          <PhoneText text={message.body} />
        ) : (
          message.body
        )}
      </p>
      {message.buttons?.length ? (
        <div class="choices" role="group">
          {message.buttons.map((button) => (
            <button
              key={button.value}
              type="button"
              class="button choice"
              disabled={!onChoose}
              onClick={() => onChoose?.(button.label, button.value)}
            >
              {button.label}
            </button>
          ))}
        </div>
      ) : null}
      {actions}
    </li>
  );
}
