import { t } from '@/lib/i18n';
import type { ConversationView as Conversation } from '@/lib/messaging/protocol';
import { MessageItem } from './message-item';
import { MoodTrend } from './mood-trend';

export function ConversationView({ conversation, onForget }: { conversation: Conversation; onForget: () => void }) {
  const heading = conversation.customerName ? t('conversationHeading', conversation.customerName) : t('conversationHeadingAnonymous');
  return (
    <article className="conversation" data-testid="conversation" data-conversation-id={conversation.conversationId} data-adapter={conversation.adapter}>
      <header className="conversation__header">
        <h1>{heading}</h1>
        <button type="button" className="link-button" onClick={onForget}>
          {t('forgetChat')}
        </button>
      </header>
      <MoodTrend mood={conversation.mood} turnaround={conversation.turnaround} />
      <section aria-label={t('messagesHeading')}>
        <ol className="messages">
          {conversation.messages.map((message) => (
            <MessageItem key={message.messageId} message={message} />
          ))}
        </ol>
      </section>
    </article>
  );
}
