/// <reference lib="webworker" />
import type { NlpReply, NlpRequest, NlpWorkerAnswer, NlpWorkerCall } from '../messaging/protocol';
import type { Analyzer } from '../nlp/analyzer';
import { WINK_CORE_MODEL_FILE, loadWinkAnalyzer } from './load-wink-analyzer';

// The NLP host's worker: loads wink's model once, at spawn, and answers the background's
// analysis requests for as long as the host document lives. Requests were validated by the
// host (lib/messaging/validate.ts); this worker is reachable from nothing else.
declare const self: DedicatedWorkerGlobalScope;

// The model file sits at the extension's root; a root-relative URL resolves against it.
let analyzer: Promise<Analyzer> = loadWinkAnalyzer(WINK_CORE_MODEL_FILE);

function answer(loaded: Analyzer, request: NlpRequest): NlpReply {
  switch (request.op) {
    case 'analyze-messages':
      return { ok: true, analyses: request.texts.map((text) => loaded.analyzeMessage(text)) };
    case 'check-draft':
      return { ok: true, check: loaded.checkDraft(request.input) };
  }
}

self.onmessage = async ({ data }: MessageEvent<NlpWorkerCall>) => {
  let reply: NlpReply;
  try {
    reply = answer(await analyzer, data.request);
  } catch (error) {
    // A failed model load is retried on the next request rather than remembered.
    analyzer = analyzer.catch(() => loadWinkAnalyzer(WINK_CORE_MODEL_FILE));
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage({ id: data.id, reply } satisfies NlpWorkerAnswer);
};
