import { DEFAULT_WAIT } from '@/lib/background/queue';
import { t, uiLocale } from '@/lib/i18n';
import type { QueueItem } from '@/lib/messaging/protocol';
import { formatDuration } from '@/lib/panel/format-duration';
import { SentimentBadge } from './sentiment-badge';

export interface ChatQueueProps {
  items: QueueItem[];
  activeKey: string | undefined;
  now: number;
  nudgeAfterSeconds?: number;
  onOpen(key: string): void;
}

/** Every open chat, most urgent first; one click or Enter brings it to the front. */
export function ChatQueue({ items, activeKey, now, nudgeAfterSeconds = DEFAULT_WAIT.nudgeAfterSeconds, onOpen }: ChatQueueProps) {
  if (items.length < 2 && items[0]?.key === activeKey) return null;
  return (
    <nav className="queue" aria-label={t('queueHeading')}>
      <h2>{t('queueHeading')}</h2>
      <ol>
        {items.map((item) => {
          const name = item.customerName ?? t('queueUnnamed');
          const waited = item.waitingSince === null ? null : now - item.waitingSince;
          const overdue = waited !== null && waited >= nudgeAfterSeconds * 1000;
          return (
            <li key={item.key} data-testid="queue-item" data-conversation-id={item.conversationId} data-waiting-since={item.waitingSince ?? ''}>
              <button type="button" className={`queue__item${overdue ? ' queue__item--overdue' : ''}`} aria-current={item.key === activeKey ? 'true' : undefined} title={t('queueOpen', name)} onClick={() => onOpen(item.key)}>
                <span className="queue__name">{name}</span>
                {item.escalation && <span className="queue__flag">⚑ {t('queueEscalation')}</span>}
                {item.mood === null ? <span className="sentiment sentiment--pending">{t('queueMoodUnknown')}</span> : <SentimentBadge score={item.mood} />}
                <span className="queue__wait">{waited === null ? t('queueAnswered') : t('queueWaitingShort', formatDuration(waited, uiLocale()))}</span>
              </button>
              {overdue && (
                <p className="queue__nudge" role="status">
                  {t('queueWaiting', name, formatDuration(waited, uiLocale()))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
