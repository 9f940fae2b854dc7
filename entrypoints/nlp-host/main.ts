import { classifyNlpRequest, isNlpRequest } from '@/lib/messaging/validate';
import { type WorkerLike, workerRelay } from '@/lib/nlp-host/worker-relay';

// Chrome's offscreen document that holds Tact's analysis worker (see
// lib/background/offscreen-analysis.ts for why). It answers only the service worker.
const relay = workerRelay(() => new Worker(new URL('../../lib/nlp-host/nlp-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
const serviceWorkerUrl = browser.runtime.getURL('/background.js');

browser.runtime.onMessage.addListener((raw, sender) => {
  // Pushes meant for the side panel reach this page too: leave them unanswered.
  if (!isNlpRequest(raw)) return undefined;
  const incoming = classifyNlpRequest(raw, sender, browser.runtime.id, serviceWorkerUrl);
  if (!incoming.ok) {
    console.warn('[tact] NLP host ignored a request:', incoming.error);
    return Promise.resolve({ ok: false, error: incoming.error });
  }
  return relay(incoming.request);
});
