import type { AdapterHealth, BackgroundToContent, BackgroundToPanel, ContentToBackground, KbUpdateNotice, PanelReply, PanelState, PanelToBackground } from '../messaging/protocol';
import type { KbHit } from '../kb/types';
import type { DraftCheck } from '../nlp/types';
import type { ChangeSummary } from '../sync/change-summary';
import type { EscalationReason } from '../nlp/types';
import type { AnalysisEngine } from './analysis-engine';
import type { HubLink, HubState } from './hub-link';
import type { KbService } from './kb-service';
import { conversationKey } from '../messaging/protocol';
import { ActiveConversation } from './active-conversation';
import type { ConversationService } from './conversation-service';
import type { ConversationDb, FeedbackEntry } from './db';
import { sortQueue, type WaitThresholds } from './queue';

const KB_UPDATE_KEY = 'kbUpdateNotice';

/** How urgent each signal is for a lead: harm and legal exposure first. */
const SEVERITY: Record<EscalationReason, 'low' | 'medium' | 'high'> = {
  safety: 'high',
  legal: 'high',
  public: 'medium',
  manager: 'medium',
  churn: 'medium',
  repeat: 'low',
  sentiment_decline: 'low',
};

/** What the background needs from the browser, so its logic runs in unit tests too. */
export interface BrowserPort {
  pushToPanels(message: BackgroundToPanel): void;
  sendToTab(tabId: number, message: BackgroundToContent): Promise<PanelReply>;
  focusTab(tabId: number): Promise<void>;
  /** The waiting-time thresholds in force (team lead's, else the agent's own). */
  waitThresholds(): Promise<WaitThresholds>;
  /** The agent's display name from the options page, for snippets' {agent.name}. */
  agentName(): Promise<string | undefined>;
  now(): number;
}

/**
 * The background's behaviour: content-script reports in, panel commands in, state pushed out.
 * `entrypoints/background.ts` only wires browser events to these methods.
 */
export class TactBackground {
  private readonly active: ActiveConversation;
  private readonly health = new Map<string, AdapterHealth>();
  /** The latest draft check per chat; drafts are never stored, only checked as typed. */
  private readonly drafts = new Map<string, DraftCheck | null>();
  /** The latest knowledge-base suggestions per chat. */
  private readonly suggestions = new Map<string, KbHit[]>();
  /** Told after each verdict the agent records (the feedback reporter sends the counts to the hub). */
  onFeedbackChanged?: () => void;

  constructor(
    private readonly db: ConversationDb,
    private readonly conversations: ConversationService,
    private readonly browser: BrowserPort,
    private readonly analysis: AnalysisEngine,
    private readonly kb: KbService,
    private readonly hub?: HubLink,
  ) {
    this.active = new ActiveConversation(db);
  }

  async onContent(tabId: number, message: ContentToBackground): Promise<PanelReply> {
    switch (message.type) {
      case 'chat:turns': {
        const key = conversationKey(message.adapter, message.conversationId);
        if ((await this.active.get()) === undefined) await this.activate(key);
        const shown = await this.active.get();
        const result = await this.conversations.ingest(message, tabId, (analysed) => {
          if (analysed.key === shown && analysed.changed.length) {
            this.browser.pushToPanels({ type: 'state:messages', conversationKey: analysed.key, messages: analysed.changed, mood: analysed.mood, turnaround: analysed.turnaround, escalation: analysed.escalation });
          }
        });
        await this.pushQueue();
        if (result.changed.some((m) => m.role === 'customer')) await this.refreshSuggestions(key, key === shown);
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
        return this.checkDraft(conversationKey(message.adapter, message.conversationId), message.text);
    }
  }

  /**
   * Snippets that answer the customer's latest messages, refreshed on each customer message. The
   * panel is told only when they changed: most messages leave them as they were, and each push
   * costs the panel a render.
   */
  private async refreshSuggestions(key: string, push: boolean): Promise<void> {
    const facts = await this.conversations.customerFacts(key);
    const hits = await this.kb.suggestions(key, facts.customerTexts, facts.lang);
    const unchanged = JSON.stringify(this.suggestions.get(key)) === JSON.stringify(hits);
    this.suggestions.set(key, hits);
    if (push && !unchanged) this.browser.pushToPanels({ type: 'state:suggestions', conversationKey: key, hits });
  }

  /**
   * The agent's explicit "notify lead": the reason, a reference to the chat and the agent's name
   * go to the hub; the customer's words only when the agent ticked "include their words".
   */
  private async notifyLead(key: string, includeWords: boolean): Promise<PanelReply> {
    if (!this.hub) return { ok: false, error: 'no team hub is configured' };
    const view = await this.conversations.view(key);
    const escalation = view.escalation;
    if (!escalation) return { ok: false, error: 'there is no escalation to notify about' };
    await this.hub.notifyLead({
      reason: escalation.reason,
      conversationRef: key,
      severity: SEVERITY[escalation.reason],
      agentName: await this.browser.agentName(),
      ...(includeWords ? { excerpt: escalation.evidence.text } : {}),
    });
    await this.recordFeedback({ rule: escalation.reason, kind: 'notified', at: this.browser.now() });
    return { ok: true };
  }

  /** The hub applied changes to the local knowledge base: tell the agent what changed. */
  async onKbChanges(summary: ChangeSummary): Promise<void> {
    const previous = (await this.db.meta.get(KB_UPDATE_KEY))?.value as KbUpdateNotice | undefined;
    const notice: KbUpdateNotice = {
      added: [...(previous?.added ?? []), ...summary.added],
      updated: [...(previous?.updated ?? []), ...summary.updated],
      removed: [...(previous?.removed ?? []), ...summary.removed],
      settingsChanged: (previous?.settingsChanged ?? false) || summary.settingsChanged,
      at: this.browser.now(),
    };
    await this.db.meta.put({ key: KB_UPDATE_KEY, value: notice });
    this.browser.pushToPanels({ type: 'state:kb-update', notice });
    const shown = await this.active.get();
    if (shown) await this.refreshSuggestions(shown, true);
  }

  onHubState(hub: HubState): void {
    this.browser.pushToPanels({ type: 'state:hub', hub });
  }

  /** Fills a snippet for this chat and puts it into the helpdesk's reply box (appended, undoable). */
  private async insertSnippet(key: string, snippetId: string): Promise<PanelReply> {
    const facts = await this.conversations.customerFacts(key);
    const filled = await this.kb.fill(snippetId, { ...facts, agentName: await this.browser.agentName() });
    if (!filled) return { ok: false, error: 'that snippet is no longer in the knowledge base' };
    const sent = await this.onPanel({ type: 'composer:insert', conversationKey: key, text: filled.text, mode: 'append' });
    if (!sent.ok) return sent;
    await this.kb.recordInserted(snippetId, key);
    return { ok: true, missing: filled.missing };
  }

  /** The live draft check: ZEKEP checks against the customer's latest message, pushed to the panel. */
  private async checkDraft(key: string, draft: string): Promise<PanelReply> {
    const context = await this.conversations.draftContext(key);
    const check = draft.trim() && context ? await this.analysis.checkDraft({ ...context, draft }) : null;
    this.drafts.set(key, check);
    if (key === (await this.active.get())) this.browser.pushToPanels({ type: 'state:draft', conversationKey: key, check });
    return { ok: true };
  }

  async onPanel(message: PanelToBackground): Promise<PanelReply> {
    switch (message.type) {
      case 'panel:state':
        return { ok: true, state: await this.state() };
      case 'conversation:forget':
        await this.conversations.forget(message.conversationKey);
        await this.kb.forgetUsage(message.conversationKey);
        this.drafts.delete(message.conversationKey);
        this.suggestions.delete(message.conversationKey);
        await this.pushActive();
        await this.pushQueue();
        return { ok: true };
      case 'data:forget-all':
        await this.conversations.forgetAll();
        await this.kb.forgetUsage();
        await this.db.feedback.clear();
        this.drafts.clear();
        this.suggestions.clear();
        this.onFeedbackChanged?.();
        await this.pushActive();
        await this.pushQueue();
        return { ok: true };
      case 'composer:insert': {
        const tabId = await this.conversations.tabOf(message.conversationKey);
        if (tabId === undefined) return { ok: false, error: 'the chat is no longer open' };
        const conversationId = message.conversationKey.slice(message.conversationKey.indexOf(':') + 1);
        const reply = await this.browser.sendToTab(tabId, { type: 'composer:insert', text: message.text, mode: message.mode, conversationId });
        // A draft check's suggested wording, put into the reply box: the suggestion helped.
        if (reply.ok && message.rule) await this.recordFeedback({ rule: message.rule, kind: 'applied', at: this.browser.now() });
        return reply;
      }
      case 'escalation:dismiss': {
        const reason = await this.conversations.dismissEscalation(message.conversationKey);
        if (!reason) return { ok: false, error: 'there is no escalation to dismiss' };
        await this.recordFeedback({ rule: reason, kind: 'dismissed', note: message.note, at: this.browser.now() });
        await this.pushActive();
        await this.pushQueue();
        return { ok: true };
      }
      case 'feedback:unhelpful':
        await this.recordFeedback({ rule: message.rule, kind: 'unhelpful', at: this.browser.now() });
        return { ok: true };
      case 'kb:search': {
        const lang = message.conversationKey ? (await this.conversations.customerFacts(message.conversationKey)).lang : undefined;
        return { ok: true, hits: await this.kb.search(message.query, lang) };
      }
      case 'kb:insert':
        return this.insertSnippet(message.conversationKey, message.snippetId);
      case 'escalation:notify-lead':
        return this.notifyLead(message.conversationKey, message.includeWords);
      case 'kb-update:acknowledge':
        await this.db.meta.delete(KB_UPDATE_KEY);
        this.browser.pushToPanels({ type: 'state:kb-update', notice: null });
        return { ok: true };
      case 'hub:reconnect':
        await this.hub?.start();
        return { ok: true };
      case 'queue:focus': {
        const tabId = await this.conversations.tabOf(message.conversationKey);
        if (tabId === undefined) return { ok: false, error: 'the chat is no longer open' };
        await this.browser.focusTab(tabId);
        // Where the adapter knows how, the helpdesk also brings that chat to the front in its own list.
        const conversationId = message.conversationKey.slice(message.conversationKey.indexOf(':') + 1);
        await this.browser.sendToTab(tabId, { type: 'conversation:show', conversationId }).catch(() => undefined);
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
        const queue = sortQueue(await this.conversations.openConversations(), this.browser.now(), await this.browser.waitThresholds());
        const next = queue.find((item) => item.key !== shown);
        if (!next) return { ok: false, error: 'no other chat is open' };
        return this.onPanel({ type: 'queue:focus', conversationKey: next.key });
      }
      case 'insert-top-suggestion': {
        const shown = await this.active.get();
        const top = shown ? this.suggestions.get(shown)?.[0] : undefined;
        if (!shown || !top) return { ok: false, error: 'there is no suggestion to insert' };
        return this.insertSnippet(shown, top.snippetId);
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
      draft: (key && this.drafts.get(key)) || null,
      suggestions: (key && this.suggestions.get(key)) || [],
      hub: this.hub?.current() ?? { configured: false, problem: 'not-configured' },
      kbUpdate: ((await this.db.meta.get(KB_UPDATE_KEY))?.value as KbUpdateNotice | undefined) ?? null,
      adapterHealth: [...this.health.values()],
      queue: sortQueue(await this.conversations.openConversations(), this.browser.now(), await this.browser.waitThresholds()),
      wait: await this.browser.waitThresholds(),
    };
  }

  private async activate(key: string): Promise<void> {
    if (await this.active.set(key)) await this.pushActive();
  }

  private async pushActive(): Promise<void> {
    const key = await this.active.get();
    this.browser.pushToPanels({ type: 'state:conversation', conversation: key ? await this.conversations.view(key) : null });
    this.browser.pushToPanels({ type: 'state:draft', conversationKey: key ?? '', check: (key && this.drafts.get(key)) || null });
    if (key && !this.suggestions.has(key)) await this.refreshSuggestions(key, false);
    this.browser.pushToPanels({ type: 'state:suggestions', conversationKey: key ?? '', hits: (key && this.suggestions.get(key)) || [] });
  }

  private async recordFeedback(entry: FeedbackEntry): Promise<void> {
    await this.db.feedback.add(entry);
    this.onFeedbackChanged?.();
  }

  /** How often agents dismissed or marked each rule: false-alarm rates for leads. */
  async feedbackCounts(): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = {};
    await this.db.feedback.each((entry) => {
      counts[entry.rule] ??= {};
      counts[entry.rule]![entry.kind] = (counts[entry.rule]![entry.kind] ?? 0) + 1;
    });
    return counts;
  }

  private async pushQueue(): Promise<void> {
    const wait = await this.browser.waitThresholds();
    this.browser.pushToPanels({ type: 'state:queue', items: sortQueue(await this.conversations.openConversations(), this.browser.now(), wait), wait });
  }
}
