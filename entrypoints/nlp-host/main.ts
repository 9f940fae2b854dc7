import { NLP_TARGET, type NlpWorkerAnswer } from '@/lib/messaging/protocol';
import { classifyNlpRequest } from '@/lib/messaging/validate';
import { type WorkerLike, workerRelay } from '@/lib/nlp-host/worker-relay';

// Chrome's offscreen document that holds Tact's analysis worker (see
// lib/background/offscreen-analysis.ts for why). It answers only the service worker, over the
// port the worker opens to it.
const relay = workerRelay(() => new Worker(new URL('../../lib/nlp-host/nlp-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
const serviceWorkerUrl = browser.runtime.getURL('/background.js');

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== NLP_TARGET) return;
  const sender = port.sender ?? {};
  port.onMessage.addListener(async (call: { id?: unknown; request?: unknown }) => {
    if (typeof call?.id !== 'number') return;
    const incoming = classifyNlpRequest(call.request, sender, browser.runtime.id, serviceWorkerUrl);
    if (!incoming.ok) {
      console.warn('[tact] NLP host refused a request:', incoming.error);
      port.disconnect();
      return;
    }
    port.postMessage({ id: call.id, reply: await relay(incoming.request) } satisfies NlpWorkerAnswer);
  });
});
