import type { NlpReply, NlpWorkerAnswer, NlpWorkerCall } from '../messaging/protocol';
import type { NlpHostPort } from './offscreen-analysis';

const HOST_PAGE = 'nlp-host.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface WindowClientLike {
  url: string;
  postMessage(message: NlpWorkerCall): void;
}
interface WorkerScopeLike {
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly WindowClientLike[]> };
  addEventListener(type: 'message', listener: (event: { source: unknown; data: unknown }) => void): void;
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
    host = undefined;
    await offscreen
      .createDocument({ url: HOST_PAGE, reasons: ['WORKERS'], justification: "Runs Tact's on-device language analysis in a worker, so customers' words are analysed on this machine." })
      .catch((error: unknown) => {
        // Another wake-up opened it meanwhile: that is the document we wanted.
        if (!String(error).includes('single offscreen')) throw error;
      });
  };

  // Point to point through the Clients API: requests reach only the host document (a runtime
  // broadcast would also wake every open side panel), replies are matched by id and accepted
  // only from the host's own URL.
  let nextId = 0;
  const pending = new Map<number, { settle: (reply: NlpReply | undefined) => void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (id: number, reply: NlpReply | undefined) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    waiting.settle(reply);
  };
  scope.addEventListener('message', (event) => {
    const source = event.source as { url?: string } | null;
    const answer = event.data as Partial<NlpWorkerAnswer> | null;
    if (source?.url !== hostUrl || typeof answer?.id !== 'number' || typeof answer.reply !== 'object') return;
    settle(answer.id, answer.reply);
  });
  let host: WindowClientLike | undefined;
  const findHost = async () => {
    const clients = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
    return clients.find((client) => client.url === hostUrl);
  };

  return {
    async ensureHost() {
      if (open) return;
      opening ??= openHost().finally(() => (opening = undefined));
      await opening;
      open = true;
    },
    async send(request) {
      host ??= await findHost();
      if (!host) {
        // Closed since: the next attempt opens it again.
        open = false;
        return undefined;
      }
      const id = nextId++;
      const reply = new Promise<NlpReply | undefined>((resolve) => {
        // A host that went away never answers: give up on it and look for it again.
        const timer = setTimeout(() => {
          host = undefined;
          open = false;
          settle(id, undefined);
        }, ANSWER_TIMEOUT_MS);
        pending.set(id, { settle: resolve, timer });
      });
      host.postMessage({ id, request } satisfies NlpWorkerCall);
      return reply;
    },
  };
}
