import { reasonText } from '@/lib/escalation-reason-text';
import { t, uiLocale } from '@/lib/i18n';
import type { EscalationEvent } from '@/lib/sync/protocol';

const SEVERITY_KEY = { low: 'consoleSeverityLow', medium: 'consoleSeverityMedium', high: 'consoleSeverityHigh' } as const;

export interface EscalationFeedProps {
  /** Newest first. */
  events: EscalationEvent[];
  /** The last one that arrived live: screen readers hear it wherever focus is. */
  latestLive: EscalationEvent | null;
}

export function EscalationFeed({ events, latestLive }: EscalationFeedProps) {
  const time = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section className="card feed" aria-labelledby="console-feed-title">
      <h2 id="console-feed-title">{t('consoleFeedHeading')}</h2>
      <div className="sr-only" aria-live="assertive" data-testid="console-feed-announcer">
        {latestLive ? t('consoleFeedAnnounce', reasonText(latestLive.reason), latestLive.agent, latestLive.conversationRef) : ''}
      </div>
      {events.length === 0 && <p className="muted">{t('consoleFeedEmpty')}</p>}
      <ol className="feed__items">
        {events.map((e) => (
          <li key={e.id} className={`feed__item feed__item--${e.severity}`} data-testid="console-escalation" data-escalation-id={e.id}>
            <p className="feed__reason">
              <strong>{reasonText(e.reason)}</strong> <span className="feed__severity">{t(SEVERITY_KEY[e.severity])}</span>
            </p>
            <dl className="feed__facts">
              <dt>{t('consoleFeedConversation')}</dt>
              <dd>{e.conversationRef}</dd>
              <dt>{t('consoleFeedAgent')}</dt>
              <dd>{e.agent}</dd>
              <dt>{t('consoleFeedTime')}</dt>
              <dd>
                <time dateTime={new Date(e.at).toISOString()}>{time.format(e.at)}</time>
              </dd>
            </dl>
            {e.excerpt && (
              <blockquote className="feed__excerpt" aria-label={t('consoleFeedExcerpt')}>
                {e.excerpt}
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
