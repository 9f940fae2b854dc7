import { NLP_TARGET, type NlpReply, type NlpWorkerAnswer, type NlpWorkerCall } from '../messaging/protocol';
import type { NlpHostPort } from './offscreen-analysis';

const HOST_PAGE = 'nlp-host.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
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
  let open = false;
  let opening: Promise<void> | undefined;

  const openHost = async () => {
    const existing = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [hostUrl] });
    if (existing.length) return;
    await offscreen
      .createDocument({ url: HOST_PAGE, reasons: ['WORKERS'], justification: "Runs Tact's on-device language analysis in a worker, so customers' words are analysed on this machine." })
      .catch((error: unknown) => {
        // Another wake-up opened it meanwhile: that is the document we wanted.
        if (!String(error).includes('single offscreen')) throw error;
      });
  };

  // One port per worker lifetime, point to point: requests reach only the host (a broadcast
  // would also wake every open side panel), and replies are matched by id.
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let nextId = 0;
  const pending = new Map<number, (reply: NlpReply | undefined) => void>();
  const connect = () => {
    const connected = browser.runtime.connect({ name: NLP_TARGET });
    connected.onMessage.addListener((answer: NlpWorkerAnswer) => {
      pending.get(answer.id)?.(answer.reply);
      pending.delete(answer.id);
    });
    // No host listening, or the host went away: what was asked gets no answer, and is asked again.
    connected.onDisconnect.addListener(() => {
      if (port === connected) port = undefined;
      open = false;
      for (const settle of pending.values()) settle(undefined);
      pending.clear();
    });
    return connected;
  };

  return {
    async ensureHost() {
      if (open) return;
      opening ??= openHost().finally(() => (opening = undefined));
      await opening;
      open = true;
    },
    send(request) {
      port ??= connect();
      const id = nextId++;
      const reply = new Promise<NlpReply | undefined>((resolve) => pending.set(id, resolve));
      port.postMessage({ id, request } satisfies NlpWorkerCall);
      return reply;
    },
  };
}
