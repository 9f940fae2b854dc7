import { createClient } from 'redis';
import { createAdapter } from '@socket.io/redis-adapter';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { LIMITS } from '../lib/sync/protocol';
import { escalationHandlers } from './escalation/escalation-handlers';
import { feedbackHandlers } from './feedback/feedback-handlers';
import { kbHandlers } from './kb/kb-handlers';
import { createPresence } from './presence/presence';
import { settingsHandlers } from './settings/settings-handlers';
import { type Guarded, type Handler, type HandlerContext, Refusal } from './socket/define-handler';
import { type HubServer, type HubSocket, leadsRoom, teamRoom } from './socket/hub-types';
import { createOriginPolicy } from './socket/origin-policy';
import { type RateLimit, createTokenBucket } from './socket/rate-limiter';
import type { HubStorage } from './storage/open-storage';
import { type BroadcastOptions, createBroadcaster } from './sync/broadcaster';
import { syncHandlers } from './sync/sync-handlers';

export interface HubOptions {
  storage: HubStorage;
  log: Logger;
  allowedOrigins?: readonly string[];
  /** Share broadcasts between hub processes through Redis. */
  redisUrl?: string;
  tls?: { cert: string | Buffer; key: string | Buffer };
  rateLimits?: Partial<Record<Guarded, RateLimit>>;
  broadcast?: Partial<BroadcastOptions>;
  /** How often to look for revoked tokens and drop their sockets. */
  revocationCheckMs?: number;
}

export const DEFAULT_RATE_LIMITS: Record<Guarded, RateLimit> = {
  read: { burst: 60, perSecond: 20 },
  write: { burst: 30, perSecond: 10 },
};

export interface Hub {
  io: HubServer;
  http: FastifyInstance;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Builds a hub: HTTP (fastify) for health, socket.io for everything else. Call `listen`. */
export async function createHub(options: HubOptions): Promise<Hub> {
  const { storage, log } = options;
  const http = Fastify({ logger: false, ...(options.tls ? { https: options.tls } : {}) }) as unknown as FastifyInstance;
  http.get('/health', async () => ({ ok: true, storage: storage.kind }));

  const originAllowed = createOriginPolicy(options.allowedOrigins ?? []);
  const io: HubServer = new Server(http.server, {
    serveClient: false,
    transports: ['websocket', 'polling'],
    maxHttpBufferSize: LIMITS.maxMessageBytes,
    // Below Chrome's 30 s service-worker idle window: the server's pings keep the worker alive.
    pingInterval: 20_000,
    pingTimeout: 20_000,
    cors: { origin: (origin, done) => done(null, originAllowed(origin)), credentials: false },
  });

  const redis = options.redisUrl ? await connectRedisAdapter(io, options.redisUrl, log) : undefined;
  const clustered = Boolean(redis);
  const broadcaster = createBroadcaster(io, log, { firstChunkSize: 50, chunkBudgetMs: 10, ackTimeoutMs: 10_000, clustered, ...options.broadcast });
  const presence = createPresence(io, clustered);
  const handlers: Handler[] = [
    ...syncHandlers(storage),
    ...kbHandlers(storage, broadcaster),
    ...settingsHandlers(storage, broadcaster),
    ...escalationHandlers(io, storage),
    ...feedbackHandlers(io, storage),
  ];
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const socketsByToken = new Map<string, Set<HubSocket>>();

  io.use(async (socket, next) => {
    const origin = socket.handshake.headers.origin;
    if (!originAllowed(origin)) {
      log.warn({ origin }, 'refused: origin');
      return next(new Refusal(`origin not allowed: ${origin}`));
    }
    const token: unknown = socket.handshake.auth?.token;
    try {
      const identity = typeof token === 'string' ? await storage.tokens.verify(token) : undefined;
      if (!identity) {
        log.warn({ address: socket.handshake.address }, 'refused: token');
        return next(new Refusal('unauthorized: unknown, malformed or revoked access token'));
      }
      socket.data = identity;
      next();
    } catch (error) {
      log.error({ err: error }, 'token check failed');
      next(new Refusal('hub unavailable: try again later'));
    }
  });

  io.on('connection', (socket) => {
    const { teamId, role, tokenId } = socket.data;
    const isLead = role !== 'agent';
    socket.join(isLead ? [teamRoom(teamId), leadsRoom(teamId)] : teamRoom(teamId));
    presence.joined(teamId, isLead);
    const tokens = socketsByToken.get(tokenId) ?? new Set<HubSocket>();
    socketsByToken.set(tokenId, tokens);
    tokens.add(socket);
    const buckets = { read: createTokenBucket(limits.read), write: createTokenBucket(limits.write) };
    const ctx: HandlerContext = { socket, log, allow: (kind) => buckets[kind].take() };
    for (const handler of handlers) {
      socket.on(handler.event as 'sync:heartbeat', (...args: unknown[]) => {
        const ack = args.at(-1);
        void handler.handle(ctx, args.length > 1 ? args[0] : undefined, ack);
      });
    }
    socket.on('disconnect', () => {
      presence.left(teamId, isLead);
      tokens.delete(socket);
      if (tokens.size === 0) socketsByToken.delete(tokenId);
    });
  });

  // Revocation is immediate for new connections; open sockets are dropped at the next check.
  let checkedAt = Date.now();
  const revocationTimer = setInterval(async () => {
    const since = checkedAt;
    checkedAt = Date.now();
    try {
      for (const tokenId of await storage.tokens.revokedSince(since - 1_000)) {
        for (const socket of socketsByToken.get(tokenId) ?? []) socket.disconnect(true);
      }
    } catch (error) {
      log.warn({ err: error }, 'revocation check failed');
    }
  }, options.revocationCheckMs ?? 10_000);
  revocationTimer.unref();

  return {
    io,
    http,
    async listen(port, host = '127.0.0.1') {
      await http.listen({ port, host });
      const address = http.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async close() {
      clearInterval(revocationTimer);
      presence.stop();
      // Closing the engine (not disconnecting each socket) lets clients reconnect to the next hub.
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await http.close().catch(() => undefined);
      await redis?.close();
    },
  };
}

async function connectRedisAdapter(io: HubServer, url: string, log: Logger) {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (error: unknown) => log.error({ err: error }, 'redis error'));
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return {
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
