import type { NlpHostConnect, NlpReply, NlpWorkerAnswer, NlpWorkerCall } from '../messaging/protocol';
import type { NlpHostPort } from './offscreen-analysis';

const HOST_PAGE = 'nlp-host.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface WindowClientLike {
  url: string;
  postMessage(message: NlpHostConnect, transfer: Transferable[]): void;
}
interface WorkerScopeLike {
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly WindowClientLike[]> };
}
/** A 500-message batch takes well under a second: an answer this late will not come. */
const ANSWER_TIMEOUT_MS = 10_000;

interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

/**
 * Chrome's wiring of the NLP host: an offscreen document (reason WORKERS: it runs the
 * analysis worker) opened once and then found again by every woken service worker.
 */
export function chromeNlpHost(): NlpHostPort {
  const offscreen = (globalThis as unknown as { chrome: { offscreen: OffscreenApi } }).chrome.offscreen;
  const runtime = browser.runtime as unknown as ContextsApi;
  const hostUrl = browser.runtime.getURL(`/${HOST_PAGE}`);
  const scope = globalThis as unknown as WorkerScopeLike;
  let open = false;
  let opening: Promise<void> | undefined;

  const openHost = async () => {
    const existing = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [hostUrl] });
    if (existing.length) return;
    hangUp();
    await offscreen
      .createDocument({ url: HOST_PAGE, reasons: ['WORKERS'], justification: "Runs Tact's on-device language analysis in a worker, so customers' words are analysed on this machine." })
      .catch((error: unknown) => {
        // Another wake-up opened it meanwhile: that is the document we wanted.
        if (!String(error).includes('single offscreen')) throw error;
      });
  };

  // Point to point: one MessageChannel per service worker life, its far end handed to the host
  // document through the Clients API (which costs ~5 ms a message, too slow to carry every
  // request). Only the host holds the other end, so whatever arrives on it is the host's.
  let nextId = 0;
  const pending = new Map<number, { settle: (reply: NlpReply | undefined) => void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (id: number, reply: NlpReply | undefined) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    waiting.settle(reply);
  };
  /** A promise, so that requests sent while it connects share one channel. */
  let channel: Promise<MessagePort | undefined> | undefined;
  const connect = async (): Promise<MessagePort | undefined> => {
    const clients = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
    const host = clients.find((client) => client.url === hostUrl);
    if (!host) return undefined;
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = ({ data }: MessageEvent<Partial<NlpWorkerAnswer> | null>) => {
      if (typeof data?.id === 'number' && typeof data.reply === 'object') settle(data.id, data.reply);
    };
    host.postMessage({ type: 'nlp:connect' } satisfies NlpHostConnect, [port2]);
    return port1;
  };
  const hangUp = () => {
    void channel?.then((port) => port?.close());
    channel = undefined;
    open = false;
  };

  return {
    async ensureHost() {
      if (open) return;
      opening ??= openHost().finally(() => (opening = undefined));
      await opening;
      open = true;
    },
    async send(request) {
      const connecting = (channel ??= connect());
      const port = await connecting;
      if (!port) {
        // Closed since: the next attempt opens it again.
        if (channel === connecting) hangUp();
        return undefined;
      }
      const id = nextId++;
      const reply = new Promise<NlpReply | undefined>((resolve) => {
        // A host that went away never answers: give up on it and look for it again.
        const timer = setTimeout(() => {
          if (channel === connecting) hangUp();
          settle(id, undefined);
        }, ANSWER_TIMEOUT_MS);
        pending.set(id, { settle: resolve, timer });
      });
      port.postMessage({ id, request } satisfies NlpWorkerCall);
      return reply;
    },
  };
}
