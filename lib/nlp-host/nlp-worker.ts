/// <reference lib="webworker" />
import type { NlpReply, NlpRequest, NlpWorkerServe } from '../messaging/protocol';
import type { Analyzer } from '../nlp/analyzer';
import { analysisServer } from './analysis-server';
import { WINK_CORE_MODEL_FILE, loadWinkAnalyzer } from './load-wink-analyzer';

// The NLP host's worker: loads wink's model once, at spawn, and answers the service worker's
// analysis calls on the channel the host document hands over (lib/nlp-host/host-worker.ts).
// Only the host document can post to this worker, and it posts only channels it accepted.
declare const self: DedicatedWorkerGlobalScope;

// The model file sits at the extension's root; a root-relative URL resolves against it.
let analyzer: Promise<Analyzer> = loadWinkAnalyzer(WINK_CORE_MODEL_FILE);

async function answer(request: NlpRequest): Promise<NlpReply> {
  try {
    const loaded = await analyzer;
    switch (request.op) {
      case 'analyze-messages':
        return { ok: true, analyses: request.texts.map((text) => loaded.analyzeMessage(text)) };
      case 'check-draft':
        return { ok: true, check: loaded.checkDraft(request.input) };
    }
  } catch (error) {
    // A failed model load is retried on the next request rather than remembered.
    analyzer = analyzer.catch(() => loadWinkAnalyzer(WINK_CORE_MODEL_FILE));
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const server = analysisServer(answer);
self.onmessage = ({ data, ports }: MessageEvent<Partial<NlpWorkerServe> | null>) => {
  if (data?.type === 'nlp:serve' && ports[0]) server.adopt(ports[0]);
};
