import type { NlpHostConnect, NlpHostNotice, NlpReply, NlpWorkerAnswer, NlpWorkerCall } from '../messaging/protocol';
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

  // Point to point: one call channel per service worker life, its far end handed to the host
  // document through the Clients API (which costs ~5 ms a message, too slow to carry every
  // request) and on to the host's analysis worker. Only that worker holds the other end, so
  // whatever arrives on it is the host's. A second channel carries the host's notices.
  let nextId = 0;
  const pending = new Map<number, { port: MessagePort; settle: (reply: NlpReply | undefined) => void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (id: number, reply: NlpReply | undefined) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    waiting.settle(reply);
  };
  interface Channel {
    calls: MessagePort;
    notices: MessagePort;
  }
  /** A promise, so that requests sent while it connects share one channel. */
  let channel: Promise<Channel | undefined> | undefined;
  const connect = async (): Promise<Channel | undefined> => {
    const clients = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
    const host = clients.find((client) => client.url === hostUrl);
    if (!host) return undefined;
    const calls = new MessageChannel();
    const notices = new MessageChannel();
    const connected: Channel = { calls: calls.port1, notices: notices.port1 };
    calls.port1.onmessage = ({ data }: MessageEvent<Partial<NlpWorkerAnswer> | null>) => {
      if (typeof data?.id === 'number' && typeof data.reply === 'object') settle(data.id, data.reply);
    };
    // The host's analysis worker crashed: the calls it held will not be answered. Give them up
    // now rather than at the answer timeout, so that they are sent again at once on a new
    // channel, which the host gives to a new worker.
    notices.port1.onmessage = ({ data }: MessageEvent<Partial<NlpHostNotice> | null>) => {
      if (data?.type !== 'nlp:worker-lost') return;
      void channel?.then((current) => current === connected && hangUp());
      for (const [id, waiting] of pending) if (waiting.port === connected.calls) settle(id, undefined);
    };
    host.postMessage({ type: 'nlp:connect' } satisfies NlpHostConnect, [calls.port2, notices.port2]);
    return connected;
  };
  const hangUp = () => {
    void channel?.then((current) => {
      current?.calls.close();
      current?.notices.close();
    });
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
      const port = (await connecting)?.calls;
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
        pending.set(id, { port, settle: resolve, timer });
      });
      port.postMessage({ id, request } satisfies NlpWorkerCall);
      return reply;
    },
  };
}
