import { ConversationService } from '@/lib/background/conversation-service';
import { ConversationDb } from '@/lib/background/db';
import { io } from 'socket.io-client';
import { FeedbackReporter } from '@/lib/background/feedback-reporter';
import { HubLink } from '@/lib/background/hub-link';
import { type StoredTeamSettings, TEAM_SETTINGS_KEY, hubSyncStore } from '@/lib/background/hub-sync-store';
import { KbService } from '@/lib/background/kb-service';
import { waitThresholds } from '@/lib/background/wait-thresholds';
import { HUB_OPTIONS_KEY, readHubConfig } from '@/lib/hub/hub-settings';
import type { SocketFactory } from '@/lib/sync/client';
// Relative on purpose: wxt.config.ts swaps this file for engine-in-worker.ts in Firefox builds.
import { createAnalysisEngine } from '../lib/background/engine-for-chrome';
import { PRIVACY_KEY, readPrivacy } from '@/lib/background/settings';
import { TactBackground } from '@/lib/background/tact-background';
import { type BackgroundToPanel, CONTENT_PORT, type ContentPortAck, type PanelReply, panelIdOf } from '@/lib/messaging/protocol';
import { type PushPort, panelPushes } from '@/lib/background/panel-pushes';
import { classifyContentPortMessage, classifyIncoming } from '@/lib/messaging/validate';
import { ENABLED_SITES_KEY, syncSiteScripts } from '@/lib/options/site-access';

const RETENTION_ALARM = 'tact-retention';
// Alarms fire at most every 30 s in Chrome: enough to re-wake a worker that went idle and
// reconnect; while connected, the hub's websocket traffic itself keeps the worker alive.
const HUB_ALARM = 'tact-hub';
const STARTUP_CHORES_DELAY_MS = 1_000;

// Wiring only: browser events in, TactBackground's answers out. Listeners are registered
// synchronously at start-up, as MV3 requires for events to wake the worker. A classic (not
// module) worker script: one file Chromium caches compiled, where a module worker fetched and
// linked its chunks at every start. The analyser runs elsewhere in Chrome (engine-for-chrome.ts),
// so the script stays small; Chromium evaluates it at each wake-up.
export default defineBackground({
  main() {
    // Chrome: the toolbar button opens the side panel beside the helpdesk (Firefox uses its sidebar).
    const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
    sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

    const pushes = panelPushes((envelope) => void browser.runtime.sendMessage(envelope).catch(() => {}), browser.runtime.id, browser.runtime.getURL('/'));
    const db = new ConversationDb();
    const analysis = createAnalysisEngine();
    const conversations = new ConversationService(db, analysis);
    const kb = new KbService();
    // The hub link reports to the background, which needs the hub link: tie them once both exist.
    const ready: { tact?: TactBackground; reporter?: FeedbackReporter } = {};
    const hub = new HubLink({
      readConfig: readHubConfig,
      connect: io as unknown as SocketFactory,
      store: hubSyncStore(() => kb.kb(), {
        get: async () => (await browser.storage.local.get(TEAM_SETTINGS_KEY))[TEAM_SETTINGS_KEY] as StoredTeamSettings | undefined,
        set: (value) => browser.storage.local.set({ [TEAM_SETTINGS_KEY]: value }),
      }),
      onState: (state) => ready.tact?.onHubState(state),
      onChanges: (summary) => void ready.tact?.onKbChanges(summary),
      onConnected: () => ready.reporter?.reconnected(),
    });
    const app = new TactBackground(db, conversations, {
      // To the open panels (with no panel open, nobody needs telling).
      pushToPanels: (message: BackgroundToPanel) => pushes.push(message),
      sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message) as Promise<PanelReply>,
      focusTab: async (tabId) => {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      },
      waitThresholds: async () => {
        const stored = await browser.storage.local.get([TEAM_SETTINGS_KEY, 'waiting']);
        return waitThresholds((stored[TEAM_SETTINGS_KEY] as StoredTeamSettings | undefined)?.settings, stored.waiting as { nudgeAfterSeconds?: unknown } | undefined);
      },
      agentName: async () => {
        const { agent } = await browser.storage.local.get('agent');
        return typeof (agent as { name?: unknown } | undefined)?.name === 'string' ? (agent as { name: string }).name : undefined;
      },
      now: Date.now,
    }, analysis, kb, hub);
    ready.tact = app;
    // Per-rule counts of the agent's verdicts (never chat text), at most once a minute, only
    // while the options page's privacy switch allows it.
    const reporter = new FeedbackReporter({
      counts: () => app.feedbackCounts(),
      allowed: async () => (await readPrivacy()).shareFeedbackCounts,
      connected: () => hub.connected(),
      send: (report) => hub.reportFeedback(report),
      now: Date.now,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });
    ready.reporter = reporter;
    app.onFeedbackChanged = () => reporter.schedule();
    if (hub.connected()) reporter.reconnected();

    browser.runtime.onMessage.addListener((raw, sender) => {
      const incoming = classifyIncoming(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (incoming.from === 'rejected') {
        console.warn('[tact] ignored message:', incoming.error);
        return Promise.resolve({ ok: false, error: incoming.error });
      }
      // Content scripts talk over their port (below); runtime messages are the panel's.
      if (incoming.from === 'content') return Promise.resolve({ ok: false, error: 'content scripts send on the content port' });
      return app.onPanel(incoming.message).catch((error: unknown) => {
        console.error('[tact] message handler failed:', error);
        return { ok: false, error: 'Tact could not handle that message' };
      });
    });

    // Panels hold a port for their pushes (lib/background/panel-pushes.ts).
    // Content scripts post their messages on a port (cheaper for the page than a
    // sendMessage per message); each is acknowledged once handled, so nothing is lost when
    // this worker stops mid-way: the content script sends the unacknowledged ones again.
    browser.runtime.onConnect.addListener((port) => {
      if (panelIdOf(port.name) !== undefined) {
        pushes.accept(port as unknown as PushPort);
        return;
      }
      if (port.name !== CONTENT_PORT) return;
      port.onMessage.addListener((raw: unknown) => {
        const incoming = classifyContentPortMessage(raw, port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'));
        if (!incoming.ok) {
          console.warn('[tact] ignored content message:', incoming.error);
          port.disconnect();
          return;
        }
        // A chat message needs the analyser: get it ready before the database reads, so loading
        // overlaps them. Other wake-ups (alarms, tab switches) never pay for it.
        analysis.warm();
        void app
          .onContent(incoming.tabId, incoming.message)
          .catch((error: unknown) => console.error('[tact] content message handler failed:', error))
          .finally(() => {
            try {
              port.postMessage({ ack: incoming.seq } satisfies ContentPortAck);
            } catch {
              // The page went away meanwhile.
            }
          });
      });
    });

    // A panel's push channel (Chrome), handed over as a service-worker message.
    const scope = globalThis as unknown as { addEventListener?(type: 'message', listener: (event: MessageEvent) => void): void };
    scope.addEventListener?.('message', (event) => void pushes.offerChannel(event.data, (event.source as { url?: string } | null)?.url, event.ports[0]));

    // Panels open from before this worker started reconnect when they hear it.
    pushes.hello();

    browser.commands.onCommand.addListener((command) => void app.onCommand(command));
    // The test build lets e2e tests run a shortcut's handler (headless browsers can't press them).
    // It also lets them wait until the analyser answers, as it does once the browser has been
    // running a while (a new browser starts the NLP host and loads wink's model first).
    if (import.meta.env.MODE === 'test') Object.assign(globalThis, { tactCommand: (command: string) => app.onCommand(command), tactAnalyserReady: () => analysis.analyzeMessages(['ready']).then(() => true) });
    browser.tabs.onActivated.addListener(({ tabId }) => void app.onTabActivated(tabId));
    browser.tabs.onRemoved.addListener((tabId) => void app.onTabRemoved(tabId));

    // Start-up chores wait a moment: a worker woken by a customer message answers it first.
    // (Each is also run by its alarm or event, so a worker stopped before then loses nothing.)
    const soon = (chore: () => void) => setTimeout(chore, STARTUP_CHORES_DELAY_MS);
    // The hub alarm re-wakes a worker that went idle so that it reconnects; with no hub
    // configured there is nothing to reconnect, and the worker is left to sleep.
    const startHub = async () => {
      try {
        const { configured } = await hub.start();
        if (!configured) await browser.alarms.clear(HUB_ALARM);
        else if (!(await browser.alarms.get(HUB_ALARM))) await browser.alarms.create(HUB_ALARM, { periodInMinutes: 0.5 });
      } catch (error) {
        console.error('[tact] hub start:', error);
      }
    };
    soon(() => void startHub());
    browser.storage.onChanged.addListener((changes, area) => {
      if ((area === 'local' && HUB_OPTIONS_KEY in changes) || area === 'managed') void startHub();
      if (area === 'local' && PRIVACY_KEY in changes) reporter.schedule();
    });

    const purge = async () => {
      await conversations.purgeOlderThan(Date.now() - (await readPrivacy()).retentionDays * 86_400_000);
    };
    browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 60 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === RETENTION_ALARM) void purge();
      if (alarm.name === HUB_ALARM) void hub.poke();
    });
    soon(() => void purge());

    // Self-hosted helpdesks the agent enabled: keep their run-time content scripts registered.
    const syncSites = () => void syncSiteScripts().catch((error: unknown) => console.error('[tact] site scripts:', error));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && ENABLED_SITES_KEY in changes) syncSites();
    });
    browser.permissions.onAdded.addListener(syncSites);
    browser.permissions.onRemoved.addListener(syncSites);
    soon(syncSites);
  },
});
