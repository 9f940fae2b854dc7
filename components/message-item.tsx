import { memo } from 'react';
import { t, uiLocale } from '@/lib/i18n';
import type { AnalysedMessage } from '@/lib/messaging/protocol';
import type { Role } from '@/lib/nlp/types';
import { HighlightedText } from './highlighted-text';
import { SentimentBadge } from './sentiment-badge';

const ROLE_LABEL = { customer: 'roleCustomer', agent: 'roleAgent', bot: 'roleBot', system: 'roleSystem', note: 'roleNote' } as const satisfies Record<Role, string>;
const LANG_LABEL = { nl: 'languageDutch', en: 'languageEnglish', mixed: 'languageMixed', unknown: 'languageUnknown' } as const;

/** Long messages are shown cut; the full text stays in the helpdesk. */
const SHOWN_CHARS = 2_000;

let timeFormat: Intl.DateTimeFormat | undefined;
/** One formatter for all messages: creating one per message costs more than the whole render. */
function formatTime(time: number): string {
  timeFormat ??= new Intl.DateTimeFormat(uiLocale(), { hour: '2-digit', minute: '2-digit' });
  return timeFormat.format(time);
}

/** Messages are immutable once pushed, so only new or edited ones re-render. */
export const MessageItem = memo(function MessageItem({ message }: { message: AnalysedMessage }) {
  const text = message.text.length > SHOWN_CHARS ? `${message.text.slice(0, SHOWN_CHARS)}…` : message.text;
  const time = formatTime(message.time);
  return (
    <li
      className={`message message--${message.role}`}
      data-testid="message"
      data-message-id={message.messageId}
      data-role={message.role}
      data-sentiment={message.sentiment}
      data-lang={message.lang}
      data-deleted={message.deleted ? 'true' : undefined}
    >
      <div className="message__meta">
        <span className="message__role">{t(ROLE_LABEL[message.role])}</span>
        <time dateTime={new Date(message.time).toISOString()}>{time}</time>
        {message.historical && <span className="message__history">{t('historyMarker')}</span>}
        {message.lang && message.lang !== 'en' && <span className="message__lang">{t(LANG_LABEL[message.lang])}</span>}
      </div>
      {message.deleted ? (
        <p className="message__text message__text--deleted">{t('messageDeleted')}</p>
      ) : (
        <p className="message__text">{message.role === 'customer' ? <HighlightedText text={text} highlights={message.highlights} /> : text}</p>
      )}
      {message.role === 'customer' && !message.deleted && <SentimentBadge score={message.sentiment} />}
    </li>
  );
});
