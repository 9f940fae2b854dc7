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

  return {
    async ensureHost() {
      if (open) return;
      opening ??= openHost().finally(() => (opening = undefined));
      await opening;
      open = true;
    },
    async send(request) {
      try {
        const reply = await browser.runtime.sendMessage(request);
        if (reply === undefined) open = false;
        return reply;
      } catch (error) {
        open = false;
        throw error;
      }
    },
  };
}
