import { type SocketFactory, type SyncClient, createSyncClient } from '../sync/client';
import type { ChangeSummary } from '../sync/change-summary';
import type { HubConfig, HubConfigProblem } from '../sync/hub-config';
import type { EscalationNotice, FeedbackReport, SyncChange } from '../sync/protocol';
import type { SyncStatus } from '../sync/sync-status';
import type { SyncStore } from '../sync/client';

/** What the panel shows about the hub: the sync status, or why there is no hub. */
export type HubState = { configured: false; problem: HubConfigProblem } | ({ configured: true; hubUrl: string } & SyncStatus);

export interface HubLinkDeps {
  readConfig(): Promise<{ config: HubConfig } | { problem: HubConfigProblem }>;
  connect: SocketFactory;
  store: SyncStore;
  onState(state: HubState): void;
  onChanges(summary: ChangeSummary, changes: SyncChange[]): void;
  /** The connection to the hub was (re)made. */
  onConnected?(): void;
}

/**
 * The worker's one connection to the team hub (when one is configured): keeps the local knowledge
 * base and team settings current, reports status, and carries "notify lead" when the agent asks
 * and per-rule feedback counts when the agent's privacy setting allows it. Nothing else about a
 * conversation is ever sent.
 */
export class HubLink {
  private client: SyncClient | undefined;
  private config: HubConfig | undefined;
  private state: HubState = { configured: false, problem: 'not-configured' };

  constructor(private readonly deps: HubLinkDeps) {}

  current(): HubState {
    return this.state;
  }

  /** (Re)reads the settings and connects, or disconnects when the hub was removed. */
  async start(): Promise<HubState> {
    const found = await this.deps.readConfig();
    if ('problem' in found) {
      this.stop();
      this.setState({ configured: false, problem: found.problem });
      return this.state;
    }
    const same = this.config && this.config.hubUrl === found.config.hubUrl && this.config.token === found.config.token;
    if (same && this.client) return this.state;
    this.stop();
    this.config = found.config;
    this.client = createSyncClient({
      hubUrl: found.config.hubUrl,
      token: found.config.token,
      connect: this.deps.connect,
      store: this.deps.store,
      // A service worker has no XMLHttpRequest: websocket only (see toolchain notes).
      transports: ['websocket'],
      onStatus: (status) => this.setState({ configured: true, hubUrl: found.config.hubUrl, ...status }),
      onChanges: (summary, changes) => this.deps.onChanges(summary, changes),
    });
    await this.client.start();
    return this.state;
  }

  stop(): void {
    this.client?.stop();
    this.client = undefined;
    this.config = undefined;
  }

  /** Wakes a sleeping connection (the worker's alarm, or the panel opening). */
  async poke(): Promise<void> {
    if (!this.client) await this.start();
    else if (this.state.configured && this.state.state === 'connected') await this.client.syncNow();
  }

  connected(): boolean {
    return this.state.configured && this.state.state === 'connected';
  }

  /** Counts and rule ids only; the caller checks the agent's privacy setting. */
  async reportFeedback(report: FeedbackReport): Promise<{ rules: number }> {
    if (!this.client) throw new Error('no team hub is configured');
    return this.client.reportFeedback(report);
  }

  async notifyLead(notice: EscalationNotice): Promise<{ id: string }> {
    if (!this.client) throw new Error('no team hub is configured');
    return this.client.notifyLead(notice);
  }

  private setState(state: HubState): void {
    const wasConnected = this.connected();
    this.state = state;
    this.deps.onState(state);
    if (!wasConnected && this.connected()) this.deps.onConnected?.();
  }
}
