import { memo, useCallback, useState } from 'react';
import { AdapterHealthNotice } from '@/components/adapter-health';
import { ChatQueue } from '@/components/chat-queue';
import { ConversationView } from '@/components/conversation-view';
import { DraftCheckView } from '@/components/draft-check';
import { EscalationBanner, reasonLabel } from '@/components/escalation-banner';
import { HubStatus } from '@/components/hub-status';
import { KbPanel } from '@/components/kb-panel';
import { KbUpdateNotice } from '@/components/kb-update-notice';
import { openConsole } from '@/lib/console/open-console';
import { t } from '@/lib/i18n';
import { ask } from '@/lib/panel/background-link';
import { useConversationStore } from '@/lib/panel/conversation-store';
import { useHubStore } from '@/lib/panel/hub-store';
import { useKbStore } from '@/lib/panel/kb-store';
import { useQueueStore } from '@/lib/panel/queue-store';
import { useNow } from '@/lib/panel/use-now';

/**
 * The chat's messages and mood. It reads the conversation itself, so that a new message updates
 * only this part of the panel, not the queue, the knowledge base or the footer.
 */
const CurrentConversation = memo(function CurrentConversation({ onForget }: { onForget: (key: string) => void }) {
  const conversation = useConversationStore((s) => s.conversation);
  return conversation && <ConversationView conversation={conversation} onForget={() => onForget(conversation.key)} />;
});

export function App() {
  const key = useConversationStore((s) => s.conversation?.key);
  const escalation = useConversationStore((s) => s.conversation?.escalation ?? null);
  const draft = useConversationStore((s) => s.draft);
  const loaded = useConversationStore((s) => s.loaded);
  const health = useConversationStore((s) => s.adapterHealth);
  const queue = useQueueStore((s) => s.items);
  const wait = useQueueStore((s) => s.wait);
  const suggestions = useConversationStore((s) => s.suggestions);
  const { query, results, setQuery } = useKbStore();
  const hub = useHubStore((s) => s.hub);
  const kbUpdate = useHubStore((s) => s.kbUpdate);
  const now = useNow();
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const run = (action: Promise<unknown>, done?: string) =>
    action.then(() => setNotice(done ? { text: done, error: false } : null)).catch((e: Error) => setNotice({ text: t('errorPrefix', e.message), error: true }));
  // Stable, so that the memoised conversation does not update with the queue's clock.
  const forget = useCallback((k: string) => void run(ask({ type: 'conversation:forget', conversationKey: k })), []);

  return (
    <main className="panel">
      {/* Screen readers hear a new escalation at once, wherever focus is. */}
      <div className="sr-only" aria-live="assertive">
        {escalation ? t('escalationHeading', reasonLabel(escalation.reason)) : ''}
      </div>
      {Object.values(health).map((h) => (
        <AdapterHealthNotice key={h.adapter} health={h} />
      ))}
      {notice && <p role={notice.error ? 'alert' : 'status'}>{notice.text}</p>}
      <ChatQueue items={queue} activeKey={key} now={now} nudgeAfterSeconds={wait.nudgeAfterSeconds} onOpen={(k) => run(ask({ type: 'queue:focus', conversationKey: k }))} />
      {!loaded && <p>{t('loading')}</p>}
      {loaded && !key && <p className="empty">{t('noConversation')}</p>}
      {kbUpdate && <KbUpdateNotice notice={kbUpdate} onAcknowledge={() => run(ask({ type: 'kb-update:acknowledge' }))} />}
      {key && escalation && (
        <EscalationBanner
          escalation={escalation}
          onNotifyLead={hub.configured ? (includeWords) => run(ask({ type: 'escalation:notify-lead', conversationKey: key, includeWords }), t('escalationNotified')) : undefined}
          onDismiss={(note) => run(ask({ type: 'escalation:dismiss', conversationKey: key, note }))}
        />
      )}
      {key && draft && (
        <DraftCheckView
          check={draft}
          onApply={(rule, replacement) => run(ask({ type: 'composer:insert', conversationKey: key, text: replacement, mode: 'replace', rule }), t('nudgeApplied'))}
          onUnhelpful={(rule) => run(ask({ type: 'feedback:unhelpful', conversationKey: key, rule }))}
        />
      )}
      {key && (
        <KbPanel
          suggestions={suggestions}
          query={query}
          results={results}
          onQuery={(q) => setQuery(q, key)}
          onInsert={(snippetId) =>
            void ask({ type: 'kb:insert', conversationKey: key, snippetId })
              .then((reply) => setNotice({ text: reply.missing?.length ? t('kbInsertedMissing', reply.missing.join(', ')) : t('kbInserted'), error: false }))
              .catch((e: Error) => setNotice({ text: t('errorPrefix', e.message), error: true }))
          }
        />
      )}
      <CurrentConversation onForget={forget} />
      <footer className="panel__footer">
        <HubStatus hub={hub} now={now} />
        <div className="panel__links">
          <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('hubOpenOptions')}
          </button>
          {hub.configured && (
            <button type="button" className="link-button" onClick={() => void openConsole()}>
              {t('hubOpenConsole')}
            </button>
          )}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (window.confirm(t('forgetAllConfirm'))) void run(ask({ type: 'data:forget-all' }));
          }}
        >
          {t('forgetAll')}
        </button>
        </div>
      </footer>
    </main>
  );
}
