/**
 * The one protocol between Tact's extension parts: content script ⇄ background ⇄ side panel,
 * and background ⇄ its NLP host (Chrome's offscreen document and the worker inside it).
 * Every message is `{ type, ...payload }`; the background validates sender and shape of each
 * one before acting (see `lib/messaging/validate.ts`). Content scripts only use the
 * `ContentToBackground` half; the panel only `PanelToBackground` plus the push port.
 */
import type { HubState } from '../background/hub-link';
import type { WaitThresholds } from '../background/queue';
import type { KbHit } from '../kb/types';
import type { DetectedLang, DraftCheck, DraftInput, EscalationReason, Highlight, MessageAnalysis, MessageEscalation, Role } from '../nlp/types';

/** A chat message as the content script read it from the helpdesk page. */
export interface ChatTurn {
  /** The helpdesk's message id, or one Tact derived from the message's place and text. */
  messageId: string;
  role: Role;
  text: string;
  /** Epoch ms: the helpdesk's own time when the page shows one, else when Tact first saw it. */
  time: number;
  /** True when the message was already on the page when Tact attached. */
  historical: boolean;
  /** The helpdesk now shows this message as deleted; its text is empty. */
  deleted?: true;
}

export interface ChatTurnsMessage {
  type: 'chat:turns';
  adapter: string;
  conversationId: string;
  /** What the helpdesk shows as the chat's title or the customer's name, when it shows one. */
  title?: string;
  customerName?: string;
  turns: ChatTurn[];
}

export interface ChatFocusMessage {
  type: 'chat:focus';
  adapter: string;
  conversationId: string;
}

export interface DraftChangedMessage {
  type: 'draft:changed';
  adapter: string;
  conversationId: string;
  text: string;
}

export interface AdapterHealthMessage {
  type: 'adapter:health';
  adapter: string;
  state: 'ok' | 'broken';
  /** What no longer matches, in the adapter's words, e.g. "message list". */
  missing: string[];
}

export type ContentToBackground = ChatTurnsMessage | ChatFocusMessage | DraftChangedMessage | AdapterHealthMessage;

/**
 * Content script → background travels over one runtime port per page, named CONTENT_PORT:
 * posting on an open port costs the page a fraction of what a runtime.sendMessage does (no
 * channel opened per message). Each message carries a sequence number that the background
 * acknowledges once handled; a port closes when the service worker stops, and the content
 * script then sends what was not acknowledged again on a new port (handling is idempotent).
 */
export const CONTENT_PORT = 'tact-content';

export interface ContentPortMessage {
  seq: number;
  message: ContentToBackground;
}

export interface ContentPortAck {
  ack: number;
}

/** `append` adds to what the agent wrote; `replace` swaps the whole draft (one undo restores it). */
export type InsertMode = 'append' | 'replace';

/** Background → content script (via tabs.sendMessage). */
export interface ComposerInsertMessage {
  type: 'composer:insert';
  text: string;
  /** When given, the content script refuses if the page has since switched to another chat. */
  conversationId?: string;
  mode?: InsertMode;
}
/** Brings a conversation to the front in the helpdesk's own list, where the adapter knows how. */
export interface ConversationShowMessage {
  type: 'conversation:show';
  conversationId: string;
}
export type BackgroundToContent = ComposerInsertMessage | ConversationShowMessage;
export type ComposerInsertResult = { ok: true } | { ok: false; error: string };

/** Panel → background requests (runtime.sendMessage). */
export type PanelToBackground =
  | { type: 'panel:state' }
  | { type: 'queue:focus'; conversationKey: string }
  | { type: 'conversation:forget'; conversationKey: string }
  | { type: 'data:forget-all' }
  /** `rule`: the draft check whose suggested wording this is, counted as applied once inserted. */
  | { type: 'composer:insert'; conversationKey: string; text: string; mode?: InsertMode; rule?: string }
  | { type: 'escalation:dismiss'; conversationKey: string; note: DismissNote }
  | { type: 'feedback:unhelpful'; conversationKey: string; rule: string }
  | { type: 'kb:search'; query: string; conversationKey?: string }
  | { type: 'kb:insert'; conversationKey: string; snippetId: string }
  | { type: 'escalation:notify-lead'; conversationKey: string; includeWords: boolean }
  | { type: 'kb-update:acknowledge' }
  | { type: 'hub:reconnect' };

/** "Knowledge base updated: what changed", until the agent acknowledges it. */
export interface KbUpdateNotice {
  added: string[];
  updated: string[];
  removed: string[];
  settingsChanged: boolean;
  at: number;
}

/** Dismissing an escalation asks why, so leads can see false-alarm rates per signal. */
export type DismissNote = 'not-an-escalation' | 'already-handled' | 'other';

export type PanelReply = { ok: true; state?: PanelState; hits?: KbHit[]; missing?: string[] } | { ok: false; error: string };

/** What a panel asks for when it opens: the conversation in front of the agent. */
export interface PanelState {
  conversation: ConversationView | null;
  draft: DraftCheck | null;
  suggestions: KbHit[];
  hub: HubState;
  kbUpdate: KbUpdateNotice | null;
  wait: WaitThresholds;
  adapterHealth: AdapterHealth[];
  queue: QueueItem[];
}

/** One open chat in the agent's queue, most urgent first. */
export interface QueueItem {
  key: string;
  adapter: string;
  conversationId: string;
  customerName?: string;
  /** The customer's latest mood, or null before they wrote anything. */
  mood: number | null;
  /** Since when the customer has waited for a reply (epoch ms), or null when the agent spoke last. */
  waitingSince: number | null;
  escalation: EscalationReason | null;
}

export interface AdapterHealth {
  adapter: string;
  state: 'ok' | 'broken';
  missing: string[];
}

/** A message as the panel shows it: the turn plus its on-device analysis. */
export interface AnalysedMessage extends ChatTurn {
  lang?: DetectedLang;
  sentiment?: number;
  highlights?: Highlight[];
  escalation?: MessageEscalation | null;
}

export interface ConversationSummary {
  /** `${adapter}:${conversationId}`, unique across helpdesks. */
  key: string;
  adapter: string;
  conversationId: string;
  title?: string;
  customerName?: string;
  tabId?: number;
  lastActivity: number;
  /** Since when the customer has waited for a reply, or null when the agent spoke last. */
  waitingSince?: number | null;
  /** The escalation suggested in this chat, if any (the agent decides what to do with it). */
  escalation?: ActiveEscalation | null;
}

/** An escalation on show in a chat: its reason and evidence, and the message that raised it. */
export interface ActiveEscalation extends MessageEscalation {
  messageId: string;
  at: number;
}

export interface ConversationView extends ConversationSummary {
  messages: AnalysedMessage[];
  /** Mood per customer message, oldest first. */
  mood: number[];
  turnaround: number | null;
}

/**
 * Background → panel pushes. Each panel holds a runtime port named PANEL_PORT to the running
 * worker, and pushes travel on those ports: a runtime.sendMessage broadcast opens a channel per
 * message and took 2.3 ms median, 6.4 ms p95 to reach the panel. A port closes when the worker
 * stops, and a panel does not reconnect then (that would wake the worker at once, for nothing):
 * a worker that starts broadcasts `state:hello`, and with no panel port open it broadcasts its
 * pushes, so every open panel hears from it and reconnects. Pushes travel in a `PushEnvelope`,
 * numbered per worker life; a `state:hello` carries the number of pushes so far (on each newly
 * accepted port too), so a panel that missed one (another panel's port was open meanwhile)
 * notices the gap and reloads the whole state.
 *
 * In Chrome the pushes themselves then leave the runtime port for a MessageChannel: the panel
 * names its port `tact-panel:<id>` and hands the worker one end of a channel with the same id, as
 * a service-worker message (`PanelPushChannel`). The panel and the worker run in the same
 * renderer process, so a channel message goes straight across, while a runtime port message
 * makes a round through the browser process. The runtime port still tells each side when the
 * other has gone.
 */
export const PANEL_PORT = 'tact-panel';

/** A panel's runtime port name: PANEL_PORT, and the id its push channel carries. */
export const panelPortName = (panelId: string): string => `${PANEL_PORT}:${panelId}`;
/** The panel id in a port's name; undefined when the port is not a panel's. */
export function panelIdOf(portName: string): string | undefined {
  const prefix = `${PANEL_PORT}:`;
  return portName.startsWith(prefix) && portName.length > prefix.length ? portName.slice(prefix.length) : undefined;
}

/** Panel → service worker (Clients API), carrying the worker's end of the panel's push channel. */
export interface PanelPushChannel {
  type: 'panel:push-channel';
  panel: string;
}

export interface PushEnvelope {
  /** Which run of the service worker sent it. */
  life: string;
  /** Pushes sent by that run so far, this one included (a hello counts none). */
  seq: number;
  push: BackgroundToPanel;
}

export type BackgroundToPanel =
  | { type: 'state:conversation'; conversation: ConversationView | null }
  | { type: 'state:messages'; conversationKey: string; messages: AnalysedMessage[]; mood: number[]; turnaround: number | null; escalation: ActiveEscalation | null }
  | { type: 'state:draft'; conversationKey: string; check: DraftCheck | null }
  | { type: 'state:suggestions'; conversationKey: string; hits: KbHit[] }
  | { type: 'state:hub'; hub: HubState }
  | { type: 'state:kb-update'; notice: KbUpdateNotice | null }
  | ({ type: 'state:adapter-health' } & AdapterHealth)
  | { type: 'state:queue'; items: QueueItem[]; wait: WaitThresholds }
  | { type: 'state:hello' };

export const PUSH_TYPES: ReadonlySet<string> = new Set(['state:conversation', 'state:messages', 'state:adapter-health', 'state:queue', 'state:draft', 'state:suggestions', 'state:hub', 'state:kb-update', 'state:hello']);

export function conversationKey(adapter: string, conversationId: string): string {
  return `${adapter}:${conversationId}`;
}

/**
 * Background → NLP host (Chrome only), point to point, not over runtime messaging: a runtime
 * port would also reach every other extension page and a runtime.connect listener in the host
 * would join the content scripts' ports. Each service worker sends the host one `NlpHostConnect`
 * over the Clients API (`client.postMessage` there, `navigator.serviceWorker` messages in the
 * host), carrying one end of a MessageChannel; requests and replies then travel on that channel,
 * which is several times faster per message than the Clients API (a request's trip to the host
 * took 4.6 ms median, 13 ms p95 that way). The
 * host is an offscreen document whose worker keeps wink's model loaded while Chrome stops and
 * restarts the idle service worker, so a woken worker does not reload the model before it can
 * score a message.
 */
export const NLP_TARGET = 'tact-nlp';
export type NlpRequest =
  | { target: typeof NLP_TARGET; op: 'analyze-messages'; texts: string[] }
  | { target: typeof NLP_TARGET; op: 'check-draft'; input: DraftInput };
export type NlpReply = { ok: true; analyses: MessageAnalysis[] } | { ok: true; check: DraftCheck } | { ok: false; error: string };

/**
 * The service worker's first message to the host. It carries two MessagePorts: the first is the
 * channel for the calls below, the second the host's way to tell this service worker that
 * the analysis worker holding the first one crashed (`NlpHostNotice`).
 */
export interface NlpHostConnect {
  type: 'nlp:connect';
}
export interface NlpHostNotice {
  type: 'nlp:worker-lost';
}
/**
 * The host document hands each accepted channel to its dedicated analysis worker, so calls go
 * from the service worker to that worker directly. They make no stop on the host document's
 * main thread, which Chrome shares with the side panel (one renderer runs the extension's pages).
 */
export interface NlpWorkerServe {
  type: 'nlp:serve';
}
/** Service worker ⇄ the host's analysis worker, matched by `id`. */
export interface NlpWorkerCall {
  id: number;
  request: NlpRequest;
}
export interface NlpWorkerAnswer {
  id: number;
  reply: NlpReply;
}
