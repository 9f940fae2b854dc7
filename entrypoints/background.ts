import { ConversationService } from '@/lib/background/conversation-service';
import { ConversationDb } from '@/lib/background/db';
import { getAnalyzer } from '@/lib/background/load-analyzer';
import { normalisePrivacy } from '@/lib/background/settings';
import { type AdapterHealth, type BackgroundToPanel, type ContentToBackground, type PanelReply, type PanelToBackground, conversationKey } from '@/lib/messaging/protocol';
import { classifyIncoming } from '@/lib/messaging/validate';

const RETENTION_ALARM = 'tact-retention';
const ACTIVE_KEY = 'activeConversation';

export default defineBackground({
  type: 'module',
  main() {
    // Chrome: the toolbar button opens the side panel beside the helpdesk (Firefox uses its sidebar).
    const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
    sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    const db = new ConversationDb();
    const conversations = new ConversationService(db, getAnalyzer);
    const health = new Map<string, AdapterHealth>();
    // Broadcast to open panels; with none open, there is nobody to tell.
    const panels = { push: (message: BackgroundToPanel) => void browser.runtime.sendMessage(message).catch(() => {}) };
    let active: Promise<string | undefined> = db.meta.get(ACTIVE_KEY).then((entry) => entry?.value as string | undefined);

    const pushActive = async () => {
      const key = await active;
      panels.push({ type: 'state:conversation', conversation: key ? await conversations.view(key) : null });
    };

    const setActive = async (key: string) => {
      if ((await active) === key) return;
      active = Promise.resolve(key);
      await db.meta.put({ key: ACTIVE_KEY, value: key });
      await pushActive();
    };

    const onContent = async (tabId: number, message: ContentToBackground): Promise<PanelReply> => {
      switch (message.type) {
        case 'chat:turns': {
          const key = conversationKey(message.adapter, message.conversationId);
          if ((await active) === undefined) await setActive(key);
          const current = await active;
          await conversations.ingest(message, tabId, (result) => {
            if (result.key === current && result.changed.length) panels.push({ type: 'state:messages', conversationKey: result.key, messages: result.changed, mood: result.mood, turnaround: result.turnaround });
          });
          return { ok: true };
        }
        case 'chat:focus':
          await setActive(conversationKey(message.adapter, message.conversationId));
          return { ok: true };
        case 'adapter:health':
          health.set(message.adapter, { adapter: message.adapter, state: message.state, missing: message.missing });
          panels.push({ type: 'state:adapter-health', adapter: message.adapter, state: message.state, missing: message.missing });
          return { ok: true };
        case 'draft:changed':
          return { ok: true };
      }
    };

    const onPanel = async (message: PanelToBackground): Promise<PanelReply> => {
      switch (message.type) {
        case 'panel:state': {
          const key = await active;
          return { ok: true, state: { conversation: key ? await conversations.view(key) : null, adapterHealth: [...health.values()] } };
        }
        case 'conversation:forget':
          await conversations.forget(message.conversationKey);
          await pushActive();
          return { ok: true };
        case 'data:forget-all':
          await conversations.forgetAll();
          await pushActive();
          return { ok: true };
        case 'composer:insert': {
          const tabId = await conversations.tabOf(message.conversationKey);
          if (tabId === undefined) return { ok: false, error: 'the chat is no longer open' };
          return browser.tabs.sendMessage(tabId, { type: 'composer:insert', text: message.text });
        }
      }
    };

    browser.runtime.onMessage.addListener((raw, sender) => {
      const incoming = classifyIncoming(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (incoming.from === 'rejected') {
        console.warn('[tact] ignored message:', incoming.error);
        return Promise.resolve({ ok: false, error: incoming.error });
      }
      const handled = incoming.from === 'content' ? onContent(incoming.tabId, incoming.message) : onPanel(incoming.message);
      return handled.catch((error: unknown) => {
        console.error('[tact] message handler failed:', error);
        return { ok: false, error: 'Tact could not handle that message' };
      });
    });

    browser.tabs.onActivated.addListener(async ({ tabId }) => {
      const key = await conversations.conversationForTab(tabId);
      if (key) await setActive(key);
    });

    const purge = async () => {
      const { privacy } = await browser.storage.local.get('privacy');
      const { retentionDays } = normalisePrivacy(privacy);
      await conversations.purgeOlderThan(Date.now() - retentionDays * 86_400_000);
    };
    browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 60 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === RETENTION_ALARM) void purge();
    });
    void purge();
  },
});
