import { ADAPTERS } from '@/lib/adapters/index';
import { expectedAdapter, pickAdapter } from '@/lib/content/pick-adapter';
import { type AdapterPreviewRequest, previewAdapter } from '@/lib/content/preview-adapter';
import { backgroundLink, type LinkPort } from '@/lib/content/background-link';
import type { AdapterSession } from '@/lib/content/run-adapter';
import { runAdapter } from '@/lib/content/run-adapter';
import type { BackgroundToContent } from '@/lib/messaging/protocol';
import { parseUserAdapter, type UserAdapterSpec } from '@/lib/options/user-adapter-spec';

// Known SaaS helpdesks come from the adapters; self-hosted ones are registered at run time
// (lib/options/site-access.ts). `npm run build:test` (mode "test") adds loopback pages so e2e
// tests can serve helpdesk pages on 127.0.0.1 and have Tact recognise them by their DOM.
const SAAS = [...new Set(ADAPTERS.flatMap((adapter) => adapter.matches))];
const LOOPBACK = ['http://127.0.0.1/*'];
/** How often, at most, a page with no recognised helpdesk yet is looked at again (SPAs render late). */
const RETRY_MS = 500;
/** On a known SaaS domain, how long to wait for the helpdesk's DOM before saying it changed. */
const EXPECTED_GRACE_MS = 8000;
// The static and the run-time registered script can both land on a page: run once per page.
const RUNNING = Symbol.for('tact.chat-content');

type IncomingMessage = BackgroundToContent | AdapterPreviewRequest;

export default defineContentScript({
  matches: import.meta.env.MODE === 'production' ? SAAS : [...SAAS, ...LOOPBACK],
  runAt: 'document_idle',
  async main(ctx) {
    const scope = globalThis as { [RUNNING]?: true };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    const timing = import.meta.env.MODE === 'test' ? measure : undefined;
    // One port to the background; a stopped service worker is woken by the next message.
    const link = backgroundLink({
      connect: (name) => browser.runtime.connect({ name }) as unknown as LinkPort,
      lastError: () => browser.runtime.lastError,
      onAckTiming: timing && ((durationMs) => timing('ack', durationMs, 1)),
    });
    const send = link.send;
    let userSpecs: UserAdapterSpec[] = await loadUserSpecs();
    let session: AdapterSession | undefined;
    let lastTry = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const start = () => {
      const adapter = pickAdapter(document, location.href, userSpecs);
      if (session && adapter && session.adapter.id === adapter.id && session.adapter.version === adapter.version && !adapter.id.startsWith('user-')) return;
      session?.stop();
      session = adapter ? runAdapter(adapter, document, send, { onTiming: timing }) : undefined;
      if (session) waitForHelpdesk.disconnect();
    };
    // Until a helpdesk is recognised, look again when the page changes, at most every RETRY_MS.
    const waitForHelpdesk = new MutationObserver(() => {
      if (retryTimer) return;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        lastTry = Date.now();
        if (!session) start();
      }, Math.max(0, RETRY_MS - (Date.now() - lastTry)));
    });
    start();
    if (!session) waitForHelpdesk.observe(document.documentElement, { childList: true, subtree: true });
    const expected = expectedAdapter(location.href);
    if (expected) {
      ctx.setTimeout(() => {
        if (!session) send({ type: 'adapter:health', adapter: expected.id, state: 'broken', missing: [`${expected.name} page layout (${expected.selectors.thread})`] });
      }, EXPECTED_GRACE_MS);
    }

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes.userAdapters) return;
      userSpecs = toSpecs(changes.userAdapters.newValue);
      if (!session || session.adapter.id.startsWith('user-')) {
        session?.stop();
        session = undefined;
        start();
      }
    };
    browser.storage.onChanged.addListener(onStorage);

    // Only Tact's own parts can reach runtime.onMessage; the sender is checked all the same.
    // Nothing here listens to window.postMessage: a page cannot talk to Tact.
    const onMessage = (message: IncomingMessage, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return;
      if (message.type === 'composer:insert' && typeof message.text === 'string') {
        return session ? session.insert(message.text, typeof message.conversationId === 'string' ? message.conversationId : undefined, message.mode === 'replace' ? 'replace' : 'append') : Promise.resolve({ ok: false, error: 'no helpdesk recognised on this page' });
      }
      if (message.type === 'conversation:show' && typeof message.conversationId === 'string') {
        return Promise.resolve(session ? session.show(message.conversationId) : { ok: false, error: 'no helpdesk recognised on this page' });
      }
      if (message.type === 'adapter:preview') return Promise.resolve(previewAdapter(message.spec, document));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      session?.stop();
      link.close();
      waitForHelpdesk.disconnect();
      clearTimeout(retryTimer);
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      delete scope[RUNNING];
    });
  },
});

async function loadUserSpecs(): Promise<UserAdapterSpec[]> {
  try {
    const { userAdapters } = await browser.storage.local.get('userAdapters');
    return toSpecs(userAdapters);
  } catch {
    return [];
  }
}

function toSpecs(raw: unknown): UserAdapterSpec[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = parseUserAdapter(item, document);
    return parsed.ok ? [parsed.value] : [];
  });
}

/** Test builds only: the observer's own cost, readable by the page's PerformanceObserver. */
function measure(what: 'attach' | 'slice' | 'mutations' | 'ack', durationMs: number, messages: number): void {
  performance.measure(`tact:${what}`, { end: performance.now(), duration: durationMs, detail: { messages } });
}
