import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { type ChangeSummary, summarizeChanges } from './change-summary';
import type {
  ClientToServer,
  EscalationEvent,
  EscalationNotice,
  FeedbackReport,
  FeedbackTotals,
  PresenceCount,
  PublishRequest,
  Result,
  ServerToClient,
  SyncChange,
  TeamSettingsInput,
} from './protocol';
import type { SyncStatus } from './sync-status';

export type HubSocket = Socket<ServerToClient, ClientToServer>;
export type SocketFactory = (url: string, options: Partial<ManagerOptions & SocketOptions>) => HubSocket;

/** The local copy (Dexie in the extension). */
export interface SyncStore {
  lastVersion(): Promise<number>;
  /**
   * Stores the changes and raises the last version to the highest one, atomically. Must be
   * idempotent: the client never passes versions at or below `lastVersion()`, but a crash
   * between two steps may replay a batch.
   */
  apply(changes: SyncChange[]): Promise<void>;
  /** Ids already stored, to tell added snippets from edited ones in the notice. Optional. */
  knownSnippetIds?(ids: string[]): Promise<Set<string>>;
}

export interface Clock {
  now(): number;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/**
 * Every agent gets a live batch at the same moment; if they all acked at once, the hub would
 * take thousands of acks while it is still fanning the batch out to the rest of the team, and
 * the last agents would wait for them. Spreading the acks over a second keeps them out of the
 * fan-out (bench/hub.ts: the agents there ack the same way).
 */
export const ACK_SPREAD_MS = 1_000;

export interface SyncClientOptions {
  hubUrl: string;
  token: string;
  connect: SocketFactory;
  store: SyncStore;
  clock?: Clock;
  /**
   * In an MV3 service worker pass `[WebSocket, Fetch]` from engine.io-client (there is no
   * XMLHttpRequest there); the fetch polling transport is the fallback when websockets are blocked.
   */
  transports?: Partial<SocketOptions & ManagerOptions>['transports'];
  /** Keep-alive period; within Chrome's 30 s idle window so the worker stays up. */
  heartbeatMs?: number;
  requestTimeoutMs?: number;
  onStatus?(status: SyncStatus): void;
  onChanges?(summary: ChangeSummary, changes: SyncChange[]): void;
  /** Leads only: escalations as agents send them. */
  onEscalation?(event: EscalationEvent): void;
  onPresence?(count: PresenceCount): void;
  /** Leads only: the team's feedback totals after an agent's report. */
  onFeedbackTotals?(totals: FeedbackTotals): void;
}

/**
 * The extension's side of the hub: keeps the local copy equal to the team's, from the last
 * applied version, through reconnects. Agents send nothing to the hub except requests for
 * changes and keep-alives, plus (when their privacy setting allows it) per-rule counts of their
 * verdicts on suggestions; `notifyLead` is the one call that carries anything about a
 * conversation, and only when the agent chooses it.
 */
export function createSyncClient(options: SyncClientOptions) {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  let socket: HubSocket | undefined;
  let heartbeat: unknown;
  let status: SyncStatus = { state: 'idle', lastVersion: 0, lastSyncedAt: null };
  let queue: Promise<void> = Promise.resolve();

  const setStatus = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    if (patch.state && patch.state !== 'refused') delete status.error;
    if (patch.error) status.error = patch.error;
    options.onStatus?.(status);
  };

  /** One sync step at a time, so pulls and live batches never interleave. */
  const serial = (step: () => Promise<void>): Promise<void> => {
    queue = queue.then(step).catch((error: unknown) => {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    });
    return queue;
  };

  async function request<T>(send: (s: HubSocket) => Promise<Result<T>>): Promise<T> {
    if (!socket?.connected) throw new Error('not connected to the hub');
    const result = await send(socket.timeout(timeoutMs) as unknown as HubSocket);
    if ('error' in result) throw new Error(result.error);
    return result.data;
  }

  async function applyFresh(changes: SyncChange[]): Promise<void> {
    const last = await options.store.lastVersion();
    const fresh = changes.filter((change) => change.version > last).sort((a, b) => a.version - b.version);
    if (fresh.length === 0) return;
    const snippetIds = fresh.flatMap((c) => (c.kind === 'snippet' ? [c.snippet.id] : []));
    const known = options.store.knownSnippetIds ? await options.store.knownSnippetIds(snippetIds) : undefined;
    await options.store.apply(fresh);
    setStatus({ lastVersion: await options.store.lastVersion() });
    options.onChanges?.(summarizeChanges(fresh, known), fresh);
  }

  /** Pulls every page after the local copy's version: what makes at-most-once delivery complete. */
  async function pullAll(): Promise<void> {
    for (;;) {
      const since = await options.store.lastVersion();
      const page = await request((s) => s.emitWithAck('sync:pull', { since }));
      await applyFresh(page.changes);
      if (!page.more || page.changes.length === 0) break;
    }
    setStatus({ lastSyncedAt: clock.now(), lastVersion: await options.store.lastVersion() });
  }

  /** A live batch applies directly when it follows on from the local copy; after a gap, pull. */
  function onBatch(batch: { changes: SyncChange[]; latest: number }, ack: (applied: number) => void) {
    void serial(async () => {
      const last = await options.store.lastVersion();
      const fresh = batch.changes.filter((c) => c.version > last).sort((a, b) => a.version - b.version);
      const contiguous = fresh.every((change, i) => change.version === last + 1 + i);
      if (fresh.length > 0 && contiguous) await applyFresh(fresh);
      if (batch.latest > (await options.store.lastVersion())) await pullAll();
      else setStatus({ lastSyncedAt: clock.now() });
      if (typeof ack !== 'function') return;
      const applied = await options.store.lastVersion();
      setTimeout(() => ack(applied), Math.random() * ACK_SPREAD_MS);
    });
  }

  function beat() {
    void serial(async () => {
      const { latest } = await request((s) => s.emitWithAck('sync:heartbeat'));
      if (latest > (await options.store.lastVersion())) await pullAll();
      else setStatus({ lastSyncedAt: clock.now() });
    });
  }

  return {
    status: (): SyncStatus => status,

    async start(): Promise<void> {
      if (socket) return;
      setStatus({ state: 'connecting', lastVersion: await options.store.lastVersion() });
      socket = options.connect(options.hubUrl, {
        auth: { token: options.token },
        transports: options.transports ?? ['websocket', 'polling'],
        reconnection: true,
        reconnectionDelay: 1_000,
        reconnectionDelayMax: 30_000,
        randomizationFactor: 0.5,
        timeout: timeoutMs,
      });
      socket.on('connect', () => {
        setStatus({ state: 'connected' });
        void serial(pullAll);
      });
      let hubDisconnectedAt = Number.NEGATIVE_INFINITY;
      socket.on('disconnect', (reason) => {
        setStatus({ state: 'offline' });
        // socket.io does not reconnect after the hub drops a socket (a revoked token, say): try
        // once, rarely, so that a refusal reports its reason and anything else recovers.
        if (reason === 'io server disconnect' && clock.now() - hubDisconnectedAt > 5_000) {
          hubDisconnectedAt = clock.now();
          socket?.connect();
        }
      });
      socket.on('connect_error', (error) => {
        // After a refusal by the hub (token, origin) socket.io does not retry: say why.
        if (socket?.active) setStatus({ state: 'offline' });
        else setStatus({ state: 'refused', error: error.message });
      });
      socket.on('kb:changed', onBatch);
      socket.on('settings:changed', onBatch);
      socket.on('escalation:feed', (event) => options.onEscalation?.(event));
      socket.on('presence:count', (count) => options.onPresence?.(count));
      socket.on('feedback:totals', (totals) => options.onFeedbackTotals?.(totals));
      heartbeat = clock.setInterval(() => {
        if (socket?.connected) beat();
      }, options.heartbeatMs ?? 20_000);
    },

    stop(): void {
      clock.clearInterval(heartbeat);
      socket?.disconnect();
      socket?.removeAllListeners();
      socket = undefined;
      setStatus({ state: 'idle' });
    },

    /** Pulls now, e.g. when the panel opens; resolves once the local copy is current. */
    syncNow: (): Promise<void> => serial(pullAll),

    /** Waits for queued sync steps (live batches, pulls) to finish. */
    settled: (): Promise<void> => queue,

    /** Only on the agent's explicit "notify lead"; include `excerpt` only if they chose to. */
    notifyLead: (notice: EscalationNotice) => request((s) => s.emitWithAck('escalation:notify', notice)),

    /** Leads: resolves once the hub has stored the change durably. */
    publish: (change: PublishRequest) => request((s) => s.emitWithAck('kb:publish', change)),
    publishSettings: (settings: TeamSettingsInput) => request((s) => s.emitWithAck('settings:publish', settings)),
    recentEscalations: (limit?: number) => request((s) => s.emitWithAck('escalation:recent', { limit })),

    /** Per-rule counts only (never chat text), and only when the agent's privacy setting allows it. */
    reportFeedback: (report: FeedbackReport) => request((s) => s.emitWithAck('feedback:report', report)),
    /** Leads: the team's false-alarm counts per rule. */
    feedbackTotals: () => request((s) => s.emitWithAck('feedback:totals', {})),
  };
}

export type SyncClient = ReturnType<typeof createSyncClient>;
