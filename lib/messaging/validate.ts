import { z } from 'zod';
import { MAX_ANALYSED_CHARS } from '../nlp/types';
import { NLP_TARGET, type ContentToBackground, type NlpRequest, type PanelPushChannel, type PanelToBackground } from './protocol';
import { type SenderInfo, isExtensionPage } from './sender';

// Shapes of everything the background accepts. Limits keep a hostile or broken page from
// flooding the worker: a batch is at most 500 turns, a text at most 100,000 characters.
const role = z.enum(['customer', 'agent', 'bot', 'system', 'note']);
const id = z.string().min(1).max(512);
const text = z.string().max(100_000);

const turn = z.object({
  messageId: id,
  role,
  text,
  time: z.number().finite(),
  historical: z.boolean(),
  deleted: z.literal(true).optional(),
});

const contentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chat:turns'),
    adapter: id,
    conversationId: id,
    title: z.string().max(500).optional(),
    customerName: z.string().max(200).optional(),
    turns: z.array(turn).max(500),
  }),
  z.object({ type: z.literal('chat:focus'), adapter: id, conversationId: id }),
  z.object({ type: z.literal('draft:changed'), adapter: id, conversationId: id, text }),
  z.object({ type: z.literal('adapter:health'), adapter: id, state: z.enum(['ok', 'broken']), missing: z.array(z.string().max(200)).max(20) }),
]);

const panelMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:state') }),
  z.object({ type: z.literal('queue:focus'), conversationKey: id }),
  z.object({ type: z.literal('conversation:forget'), conversationKey: id }),
  z.object({ type: z.literal('data:forget-all') }),
  z.object({ type: z.literal('composer:insert'), conversationKey: id, text, mode: z.enum(['append', 'replace']).optional(), rule: z.string().min(1).max(64).optional() }),
  z.object({ type: z.literal('escalation:dismiss'), conversationKey: id, note: z.enum(['not-an-escalation', 'already-handled', 'other']) }),
  z.object({ type: z.literal('feedback:unhelpful'), conversationKey: id, rule: z.string().min(1).max(64) }),
  z.object({ type: z.literal('kb:search'), query: z.string().max(500), conversationKey: id.optional() }),
  z.object({ type: z.literal('kb:insert'), conversationKey: id, snippetId: id }),
  z.object({ type: z.literal('escalation:notify-lead'), conversationKey: id, includeWords: z.boolean() }),
  z.object({ type: z.literal('kb-update:acknowledge') }),
  z.object({ type: z.literal('hub:reconnect') }),
]);

export type Incoming =
  | { from: 'content'; tabId: number; message: ContentToBackground }
  | { from: 'panel'; message: PanelToBackground }
  | { from: 'rejected'; error: string };

/**
 * Decides who sent a runtime message and whether its shape is one Tact knows. Only Tact's
 * own extension can reach runtime.onMessage, but a content script runs inside a page that
 * may be hostile, so its messages are checked like any untrusted input.
 */
export function classifyIncoming(raw: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Incoming {
  if (sender.id !== extensionId) return { from: 'rejected', error: 'unknown sender' };
  if (isExtensionPage(sender, extensionId, extensionOrigin)) {
    const parsed = panelMessage.safeParse(raw);
    return parsed.success ? { from: 'panel', message: parsed.data } : { from: 'rejected', error: `malformed panel message: ${parsed.error.issues[0]?.message}` };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') return { from: 'rejected', error: 'content message without a tab' };
  const parsed = contentMessage.safeParse(raw);
  return parsed.success ? { from: 'content', tabId, message: parsed.data } : { from: 'rejected', error: `malformed content message: ${parsed.error.issues[0]?.message}` };
}

/**
 * A message on a content script's port: the sender must be a tab of a page (never an
 * extension page), the envelope must carry a sequence number, and the message a known shape.
 */
export function classifyContentPortMessage(raw: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): { ok: true; seq: number; tabId: number; message: ContentToBackground } | { ok: false; error: string } {
  if (sender.id !== extensionId || isExtensionPage(sender, extensionId, extensionOrigin)) return { ok: false, error: 'unknown sender' };
  const seq = (raw as { seq?: unknown } | null)?.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return { ok: false, error: 'content port message without a sequence number' };
  const incoming = classifyIncoming((raw as { message?: unknown }).message, sender, extensionId, extensionOrigin);
  if (incoming.from === 'rejected') return { ok: false, error: incoming.error };
  if (incoming.from !== 'content') return { ok: false, error: 'unknown sender' };
  return { ok: true, seq, tabId: incoming.tabId, message: incoming.message };
}

// The analyser reads at most MAX_ANALYSED_CHARS of a text; the background sends one character
// more so the host can still say a text was cut.
const nlpText = z.string().max(MAX_ANALYSED_CHARS + 1);
const nlpRequest = z.discriminatedUnion('op', [
  z.object({ target: z.literal(NLP_TARGET), op: z.literal('analyze-messages'), texts: z.array(nlpText).max(500) }),
  z.object({
    target: z.literal(NLP_TARGET),
    op: z.literal('check-draft'),
    input: z.object({ customer: nlpText, draft: nlpText, customerName: z.string().max(200).optional(), lang: z.enum(['en', 'nl']).optional() }),
  }),
]);

/**
 * The NLP host takes a channel only from Tact's own service worker. The offer comes through
 * the Clients API, whose senders are this extension's own pages and worker, so what tells them
 * apart is the script: the background's exact URL, not another extension page's.
 */
export function isNlpCaller(scriptUrl: string, workerUrl: string): boolean {
  return scriptUrl === workerUrl;
}

/** An analysis request of a known shape and size; anything else is refused with the reason. */
export function parseNlpRequest(raw: unknown): { ok: true; request: NlpRequest } | { ok: false; error: string } {
  const parsed = nlpRequest.safeParse(raw);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, error: `malformed analysis request: ${parsed.error.issues[0]?.message}` };
}

const pushChannelRequest = z.object({ type: z.literal('panel:push-channel'), panel: id });

/** A panel's offer of a push channel (a Clients API message): its shape only; who sent it is checked apart. */
export function parsePushChannelRequest(raw: unknown): PanelPushChannel | undefined {
  const parsed = pushChannelRequest.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
