import type { NlpHostConnect } from '@/lib/messaging/protocol';
import { isNlpCaller } from '@/lib/messaging/validate';
import { type WorkerLike, hostWorker } from '@/lib/nlp-host/host-worker';

// Chrome's offscreen document that holds Tact's analysis worker (see
// lib/background/offscreen-analysis.ts for why). It accepts only the service worker: each
// service worker life sends one `nlp:connect` as a service-worker message (Clients API), checked
// to come from background.js, with one end of a call channel and one of a notice channel. The
// call channel goes on to the analysis worker, which answers the calls on it
// (lib/nlp-host/analysis-server.ts); this page keeps the notice channel (lib/nlp-host/host-worker.ts).
// This page has no runtime.onConnect or onMessage listener, so it never joins another part's port.
const analysis = hostWorker(() => new Worker(new URL('../../lib/nlp-host/nlp-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
const serviceWorkerUrl = browser.runtime.getURL('/background.js');

navigator.serviceWorker.addEventListener('message', (event) => {
  const source = event.source;
  const [port, notices] = event.ports;
  const connect = event.data as Partial<NlpHostConnect> | null;
  if (!(source instanceof ServiceWorker) || connect?.type !== 'nlp:connect' || !port) return;
  if (!isNlpCaller(source.scriptURL, serviceWorkerUrl)) {
    console.warn('[tact] NLP host refused a connection from', source.scriptURL);
    port.close();
    notices?.close();
    return;
  }
  analysis.serve(port, notices);
});
// Messages the worker sent while this page loaded were queued until now.
navigator.serviceWorker.startMessages();
