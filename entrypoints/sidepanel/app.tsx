import { useState } from 'react';
import { AdapterHealthNotice } from '@/components/adapter-health';
import { ChatQueue } from '@/components/chat-queue';
import { ConversationView } from '@/components/conversation-view';
import { t } from '@/lib/i18n';
import { ask } from '@/lib/panel/background-link';
import { useConversationStore } from '@/lib/panel/conversation-store';
import { useQueueStore } from '@/lib/panel/queue-store';
import { useNow } from '@/lib/panel/use-now';

export function App() {
  const conversation = useConversationStore((s) => s.conversation);
  const loaded = useConversationStore((s) => s.loaded);
  const health = useConversationStore((s) => s.adapterHealth);
  const queue = useQueueStore((s) => s.items);
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const run = (action: Promise<unknown>) => action.then(() => setError(null)).catch((e: Error) => setError(e.message));

  return (
    <main className="panel">
      {Object.values(health).map((h) => (
        <AdapterHealthNotice key={h.adapter} health={h} />
      ))}
      {error && <p role="alert">{t('errorPrefix', error)}</p>}
      <ChatQueue items={queue} activeKey={conversation?.key} now={now} onOpen={(key) => run(ask({ type: 'queue:focus', conversationKey: key }))} />
      {!loaded && <p>{t('loading')}</p>}
      {loaded && !conversation && <p className="empty">{t('noConversation')}</p>}
      {conversation && <ConversationView conversation={conversation} onForget={() => run(ask({ type: 'conversation:forget', conversationKey: conversation.key }))} />}
      <footer className="panel__footer">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (window.confirm(t('forgetAllConfirm'))) void run(ask({ type: 'data:forget-all' }));
          }}
        >
          {t('forgetAll')}
        </button>
      </footer>
    </main>
  );
}
