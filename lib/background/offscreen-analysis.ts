import { NLP_TARGET, type NlpReply, type NlpRequest } from '../messaging/protocol';
import { type DraftInput, MAX_ANALYSED_CHARS, type MessageAnalysis } from '../nlp/types';
import type { AnalysisEngine } from './analysis-engine';

/** How the background reaches its NLP host; the browser wiring is in entrypoints/background.ts. */
export interface NlpHostPort {
  /** Creates the host document unless it is already open. */
  ensureHost(): Promise<void>;
  /** Sends a request; `undefined` when no host answered. */
  send(request: NlpRequest): Promise<NlpReply | undefined>;
}

/** Characters per request: keeps one message well below the browser's messaging limits. */
const REQUEST_CHARS = 1_000_000;

// One character more than the analyser reads, so the host can still say a text was cut.
const clip = (text: string) => (text.length > MAX_ANALYSED_CHARS + 1 ? text.slice(0, MAX_ANALYSED_CHARS + 1) : text);

/** Splits texts into requests of at most REQUEST_CHARS characters and 500 texts. */
export function requestBatches(texts: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const text of texts.map(clip)) {
    if (batch.length && (chars + text.length > REQUEST_CHARS || batch.length === 500)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(text);
    chars += text.length;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * Waits before each new attempt when no host answered: a host document that was just opened
 * may not be listening yet (about 3 s in all before giving up).
 */
const RETRY_DELAYS_MS = [0, 50, 100, 200, 400, 800, 1600];

/**
 * The analysis engine for Chrome: the model lives in an offscreen document's worker, which
 * Chrome keeps while it stops the idle service worker. A woken worker only sends the text
 * across (bench/RESULTS.md has the measured difference). If the host was closed, or was just
 * opened and is not listening yet, it is opened again and the request sent again.
 */
export function offscreenAnalysis(port: NlpHostPort, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))): AnalysisEngine {
  const ask = async (request: NlpRequest): Promise<NlpReply> => {
    let lastError: unknown;
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await sleep(delay);
      await port.ensureHost();
      const reply = await port.send(request).catch((error: unknown) => {
        lastError = error;
        return undefined;
      });
      if (reply) {
        if (!reply.ok) throw new Error(`on-device analysis failed: ${reply.error}`);
        return reply;
      }
    }
    throw new Error(`on-device analysis is not available (no NLP host answered${lastError ? `: ${String(lastError)}` : ''})`);
  };
  return {
    async analyzeMessages(texts) {
      const results: MessageAnalysis[] = [];
      for (const batch of requestBatches(texts)) {
        const reply = await ask({ target: NLP_TARGET, op: 'analyze-messages', texts: batch });
        if (!('analyses' in reply) || reply.analyses.length !== batch.length) throw new Error('on-device analysis answered the wrong request');
        results.push(...reply.analyses);
      }
      return results;
    },
    async checkDraft(input: DraftInput) {
      const reply = await ask({ target: NLP_TARGET, op: 'check-draft', input: { ...input, customer: clip(input.customer), draft: clip(input.draft) } });
      if (!('check' in reply)) throw new Error('on-device analysis answered the wrong request');
      return reply.check;
    },
    warm: () => void port.ensureHost().catch((error: unknown) => console.error('[tact] NLP host:', error)),
  };
}
