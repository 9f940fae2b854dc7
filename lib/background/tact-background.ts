import type { AdapterHealth, BackgroundToPanel, ContentToBackground, PanelReply, PanelState, PanelToBackground } from '../messaging/protocol';
import { conversationKey } from '../messaging/protocol';
import { ActiveConversation } from './active-conversation';
import type { ConversationService } from './conversation-service';
import type { ConversationDb } from './db';
import { sortQueue } from './queue';

/** What the background needs from the browser, so its logic runs in unit tests too. */
export interface BrowserPort {
  pushToPanels(message: BackgroundToPanel): void;
  sendToTab(tabId: number, message: { type: 'composer:insert'; text: string }): Promise<PanelReply>;
  focusTab(tabId: number): Promise<void>;
  now(): number;
}

/**
 * The background's behaviour: content-script reports in, panel commands in, state pushed out.
 * `entrypoints/background.ts` only wires browser events to these methods.
 */
export class TactBackground {
  private readonly active: ActiveConversation;
  private readonly health = new Map<string, AdapterHealth>();

  constructor(
    db: ConversationDb,
    private readonly conversations: ConversationService,
    private readonly browser: BrowserPort,
  ) {
    this.active = new ActiveConversation(db);
  }

  async onContent(tabId: number, message: ContentToBackground): Promise<PanelReply> {
    switch (message.type) {
      case 'chat:turns': {
        const key = conversationKey(message.adapter, message.conversationId);
        if ((await this.active.get()) === undefined) await this.activate(key);
        const shown = await this.active.get();
        await this.conversations.ingest(message, tabId, (result) => {
          if (result.key === shown && result.changed.length) {
            this.browser.pushToPanels({ type: 'state:messages', conversationKey: result.key, messages: result.changed, mood: result.mood, turnaround: result.turnaround });
          }
        });
        await this.pushQueue();
        return { ok: true };
      }
      case 'chat:focus': {
        const key = conversationKey(message.adapter, message.conversationId);
        await this.conversations.attach(key, tabId);
        await this.activate(key);
        await this.pushQueue();
        return { ok: true };
      }
      case 'adapter:health': {
        const { type: _type, ...health } = message;
        this.health.set(message.adapter, health);
        this.browser.pushToPanels({ type: 'state:adapter-health', ...health });
        return { ok: true };
      }
      case 'draft:changed':
        return { ok: true };
    }
  }

  async onPanel(message: PanelToBackground): Promise<PanelReply> {
    switch (message.type) {
      case 'panel:state':
        return { ok: true, state: await this.state() };
      case 'conversation:forget':
        await this.conversations.forget(message.conversationKey);
        await this.pushActive();
        await this.pushQueue();
        return { ok: true };
      case 'data:forget-all':
        await this.conversations.forgetAll();
        await this.pushActive();
        await this.pushQueue();
        return { ok: true };
      case 'composer:insert': {
        const tabId = await this.conversations.tabOf(message.conversationKey);
        if (tabId === undefined) return { ok: false, error: 'the chat is no longer open' };
        return this.browser.sendToTab(tabId, { type: 'composer:insert', text: message.text });
      }
      case 'queue:focus': {
        const tabId = await this.conversations.tabOf(message.conversationKey);
        if (tabId === undefined) return { ok: false, error: 'the chat is no longer open' };
        await this.browser.focusTab(tabId);
        await this.activate(message.conversationKey);
        return { ok: true };
      }
    }
  }

  /** Keyboard shortcuts (commands API). Tests call this directly: headless browsers can't press them. */
  async onCommand(command: string): Promise<PanelReply> {
    switch (command) {
      case 'next-chat': {
        const shown = await this.active.get();
        const queue = sortQueue(await this.conversations.openConversations(), this.browser.now());
        const next = queue.find((item) => item.key !== shown);
        if (!next) return { ok: false, error: 'no other chat is open' };
        return this.onPanel({ type: 'queue:focus', conversationKey: next.key });
      }
      default:
        return { ok: false, error: `unknown command ${command}` };
    }
  }

  async onTabActivated(tabId: number): Promise<void> {
    const key = await this.conversations.conversationForTab(tabId);
    if (key) await this.activate(key);
  }

  async onTabRemoved(tabId: number): Promise<void> {
    await this.conversations.closeTab(tabId);
    await this.pushQueue();
  }

  async state(): Promise<PanelState> {
    const key = await this.active.get();
    return {
      conversation: key ? await this.conversations.view(key) : null,
      adapterHealth: [...this.health.values()],
      queue: sortQueue(await this.conversations.openConversations(), this.browser.now()),
    };
  }

  private async activate(key: string): Promise<void> {
    if (await this.active.set(key)) await this.pushActive();
  }

  private async pushActive(): Promise<void> {
    const key = await this.active.get();
    this.browser.pushToPanels({ type: 'state:conversation', conversation: key ? await this.conversations.view(key) : null });
  }

  private async pushQueue(): Promise<void> {
    this.browser.pushToPanels({ type: 'state:queue', items: sortQueue(await this.conversations.openConversations(), this.browser.now()) });
  }
}
