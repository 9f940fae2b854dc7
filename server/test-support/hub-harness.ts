import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { io as connectSocket } from 'socket.io-client';
import { afterAll, beforeAll } from 'vitest';
import type { HubSocket, SocketFactory } from '../../lib/sync/client';
import type { Role } from '../../lib/sync/protocol';
import { type Hub, type HubOptions, createHub } from '../app';
import { type HubStorage, openStorage } from '../storage/open-storage';

export type StorageKind = 'embedded' | 'postgres';

/**
 * Tests that need PostgreSQL or Redis read DATABASE_URL / REDIS_URL (`eval "$(scripts/services.sh start)"`).
 * Unset, they fail with this message, unless TACT_SKIP_SERVICES=1 says to skip them.
 */
export function serviceUrl(name: 'DATABASE_URL' | 'REDIS_URL'): string | undefined {
  const url = process.env[name];
  if (url) return url;
  if (process.env.TACT_SKIP_SERVICES === '1') return undefined;
  throw new Error(`${name} is not set: run eval "$(scripts/services.sh start)" first, or set TACT_SKIP_SERVICES=1 to skip these tests`);
}

export const storageKinds = (): StorageKind[] => (serviceUrl('DATABASE_URL') ? ['embedded', 'postgres'] : ['embedded']);

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function openTestStorage(kind: StorageKind, dataDir = 'memory://'): Promise<HubStorage> {
  return openStorage({ databaseUrl: kind === 'postgres' ? serviceUrl('DATABASE_URL') : undefined, dataDir });
}

export const quietLog = pino({ level: process.env.HUB_LOG_LEVEL ?? 'silent' });

export interface RunningHub {
  hub: Hub;
  url: string;
  port: number;
}

export async function startHub(storage: HubStorage, options: Partial<HubOptions> = {}, port = 0): Promise<RunningHub> {
  const hub = await createHub({ storage, log: quietLog, revocationCheckMs: 200, ...options });
  const actual = await hub.listen(port);
  return { hub, port: actual, url: `http://127.0.0.1:${actual}` };
}

/**
 * A real hub on embedded storage for the tests of one file: started before them, closed after.
 * Read `storage` and `running` inside the tests (they are set once `beforeAll` has run).
 */
export function embeddedHubForTests(): { readonly storage: HubStorage; readonly running: RunningHub } {
  let storage: HubStorage | undefined;
  let running: RunningHub | undefined;
  beforeAll(async () => {
    storage = await openTestStorage('embedded');
    running = await startHub(storage);
  }, 60_000);
  afterAll(async () => {
    await running?.hub.close();
    await storage?.close();
  });
  return {
    get storage() {
      if (!storage) throw new Error('the test hub has not started yet');
      return storage;
    },
    get running() {
      if (!running) throw new Error('the test hub has not started yet');
      return running;
    },
  };
}

let teamCounter = 0;
/** A fresh team per test keeps tests independent on a shared database. */
export const uniqueTeam = (name: string) => `${name}-${process.pid}-${Date.now().toString(36)}-${teamCounter++}`;

export async function tokenFor(storage: HubStorage, teamId: string, role: Role, label = `${role} ${teamId}`) {
  return storage.tokens.create({ teamId, role, label });
}

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** socket.io-client in Node, presenting itself as the extension. */
export const nodeSocketFactory =
  (origin: string = EXTENSION_ORIGIN): SocketFactory =>
  (url, options) =>
    connectSocket(url, { ...options, forceNew: true, extraHeaders: { origin } }) as HubSocket;

export function connect(url: string, token: string, origin: string = EXTENSION_ORIGIN): HubSocket {
  return nodeSocketFactory(origin)(url, { auth: { token }, transports: ['websocket'], reconnection: false });
}

/** Resolves once connected; rejects with the hub's refusal message. */
export function connected(socket: HubSocket): Promise<HubSocket> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function snippet(id: string, title = `Title ${id}`, body = `Body of ${id}`) {
  return { id, title, body, tags: ['test'], language: 'en' as const };
}
