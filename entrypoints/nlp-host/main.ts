import type { NlpHostConnect, NlpWorkerAnswer, NlpWorkerCall } from '@/lib/messaging/protocol';
import { classifyNlpRequest } from '@/lib/messaging/validate';
import { type WorkerLike, workerRelay } from '@/lib/nlp-host/worker-relay';

// Chrome's offscreen document that holds Tact's analysis worker (see
// lib/background/offscreen-analysis.ts for why). It answers only the service worker: each
// service worker life sends one `nlp:connect` as a service-worker message (Clients API), checked
// to come from background.js, with one end of a MessageChannel that then carries its requests.
// This page has no runtime.onConnect or onMessage listener, so it never joins another part's port.
const relay = workerRelay(() => new Worker(new URL('../../lib/nlp-host/nlp-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
const serviceWorkerUrl = browser.runtime.getURL('/background.js');
/** The channel of the current service worker; a restarted worker's connect replaces it. */
let current: MessagePort | undefined;

function serve(port: MessagePort, scriptUrl: string) {
  port.onmessage = async ({ data }: MessageEvent<Partial<NlpWorkerCall> | null>) => {
    if (typeof data?.id !== 'number') return;
    const incoming = classifyNlpRequest(data.request, { id: browser.runtime.id, url: scriptUrl }, browser.runtime.id, serviceWorkerUrl);
    if (!incoming.ok) {
      console.warn('[tact] NLP host refused a request:', incoming.error);
      return;
    }
    port.postMessage({ id: data.id, reply: await relay(incoming.request) } satisfies NlpWorkerAnswer);
  };
}

navigator.serviceWorker.addEventListener('message', (event) => {
  const source = event.source;
  const [port] = event.ports;
  const connect = event.data as Partial<NlpHostConnect> | null;
  if (!(source instanceof ServiceWorker) || connect?.type !== 'nlp:connect' || !port) return;
  if (source.scriptURL !== serviceWorkerUrl) {
    console.warn('[tact] NLP host refused a connection from', source.scriptURL);
    port.close();
    return;
  }
  current?.close();
  current = port;
  serve(port, source.scriptURL);
});
// Messages the worker sent while this page loaded were queued until now.
navigator.serviceWorker.startMessages();
