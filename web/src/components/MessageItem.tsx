import type { Message } from '../../../server/protocol/messages';
import { locale, t } from '../i18n';

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
  });

/** One message. All text is rendered as text: Preact escapes it, nothing is parsed as HTML. */
export function MessageItem({ message, own }: { message: Message; own: boolean }) {
  const time = timeFormat(locale.value).format(new Date(message.createdAt));
  return (
    <li
      class={own ? 'message own' : message.author.role === 'bot' ? 'message bot' : 'message'}
      data-seq={message.seq}
    >
      <p class="meta">
        <span class="author">{message.author.name}</span>
        {message.author.role !== 'bewoner' ? (
          <span class="role"> · {t(`web.role.${message.author.role}`)}</span>
        ) : null}
        <time dateTime={message.createdAt}> · {time}</time>
      </p>
      <p class="body">{message.deleted ? '—' : message.body}</p>
    </li>
  );
}
