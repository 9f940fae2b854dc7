import type { NlpWorkerAnswer } from '@/lib/messaging/protocol';
import { classifyNlpRequest } from '@/lib/messaging/validate';
import { type WorkerLike, workerRelay } from '@/lib/nlp-host/worker-relay';

// Chrome's offscreen document that holds Tact's analysis worker (see
// lib/background/offscreen-analysis.ts for why). It answers only the service worker, whose
// requests arrive as service-worker messages (Clients API), never as runtime messages: this
// page has no runtime.onConnect or onMessage listener, so it never joins another part's port.
const relay = workerRelay(() => new Worker(new URL('../../lib/nlp-host/nlp-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
const serviceWorkerUrl = browser.runtime.getURL('/background.js');

navigator.serviceWorker.addEventListener('message', async (event) => {
  const source = event.source;
  const call = event.data as { id?: unknown; request?: unknown } | null;
  if (!(source instanceof ServiceWorker) || typeof call?.id !== 'number') return;
  const incoming = classifyNlpRequest(call.request, { id: browser.runtime.id, url: source.scriptURL }, browser.runtime.id, serviceWorkerUrl);
  if (!incoming.ok) {
    console.warn('[tact] NLP host refused a request:', incoming.error);
    return;
  }
  source.postMessage({ id: call.id, reply: await relay(incoming.request) } satisfies NlpWorkerAnswer);
});
// Messages the worker sent while this page loaded were queued until now.
navigator.serviceWorker.startMessages();
