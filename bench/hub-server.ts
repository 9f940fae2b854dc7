/**
 * A hub in its own process for bench/hub.ts, driven over IPC: reports its port and tokens,
 * event-loop blocking and memory. Env: BENCH_DATA (PGlite folder), DATABASE_URL, REDIS_URL,
 * BENCH_TEAM, BENCH_CHUNK, BENCH_CHUNK_BUDGET, BENCH_ACKS=0, BENCH_CREATE_TOKENS=1.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { pino } from 'pino';
import { createHub } from '../server/app';
import { teamRoom } from '../server/socket/hub-types';
import { openStorage } from '../server/storage/open-storage';

const team = process.env.BENCH_TEAM ?? 'bench';
process.on('unhandledRejection', (error) => console.error('[hub-server] unhandled rejection', error));
const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.BENCH_DATA ?? 'memory://' });
/** The longest chunk emit since the last reset, and the garbage collections of that time. */
let longestChunk = { start: 0, ms: 0, cpuMs: 0 };
let collections: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ entryTypes: ['gc'] });
/** How much of the longest chunk was garbage collection (which lands in whatever code allocates). */
const gcInLongestChunk = () => {
  const { start, ms } = longestChunk;
  return collections.reduce((sum, gc) => sum + Math.max(0, Math.min(gc.end, start + ms) - Math.max(gc.start, start)), 0);
};
let cpuAtReset = process.cpuUsage();
const hub = await createHub({
  storage,
  log: pino({ level: 'warn' }),
  redisUrl: process.env.REDIS_URL,
  rateLimits: { write: { burst: 1_000, perSecond: 1_000 } },
  broadcast: {
    firstChunkSize: Number(process.env.BENCH_CHUNK ?? 50),
    chunkBudgetMs: Number(process.env.BENCH_CHUNK_BUDGET ?? 10),
    ackTimeoutMs: process.env.BENCH_ACKS === '0' ? 0 : 10_000,
    onChunkEmit: (ms, cpuMs) => {
      if (ms > longestChunk.ms) longestChunk = { start: performance.now() - ms, ms, cpuMs };
    },
  },
});
const port = await hub.listen(0);
const tokens =
  process.env.BENCH_CREATE_TOKENS === '1'
    ? {
        lead: (await storage.tokens.create({ teamId: team, role: 'lead', label: 'bench lead' })).token,
        agent: (await storage.tokens.create({ teamId: team, role: 'agent', label: 'bench agent' })).token,
      }
    : undefined;

/**
 * The event loop's longest stall: the longest delay of a 5 ms timer, with the process CPU time
 * spent meanwhile. A stall the hub spent computing costs about as much CPU as wall time (more
 * with GC threads); one it spent waiting for a core (other processes on the same cores) costs little.
 */
const TICK_MS = 5;
let longestStall = { wallMs: 0, cpuMs: 0 };
let lastTick = { at: performance.now(), cpu: process.cpuUsage() };
setInterval(() => {
  const tick = { at: performance.now(), cpu: process.cpuUsage() };
  const wallMs = tick.at - lastTick.at - TICK_MS;
  if (wallMs > longestStall.wallMs) {
    longestStall = { wallMs, cpuMs: (tick.cpu.user - lastTick.cpu.user + tick.cpu.system - lastTick.cpu.system) / 1000 };
  }
  lastTick = tick;
}, TICK_MS).unref();

type Command =
  | { type: 'reset' }
  | { type: 'stats' }
  | { type: 'memory' }
  | { type: 'sockets' }
  | { type: 'raw-broadcast'; payload: unknown }
  | { type: 'stop' };

const send = (message: unknown) => process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', async (command: Command) => {
  if (command.type === 'reset') {
    longestStall = { wallMs: 0, cpuMs: 0 };
    longestChunk = { start: 0, ms: 0, cpuMs: 0 };
    collections = [];
    cpuAtReset = process.cpuUsage();
    send({ type: 'reset' });
  } else if (command.type === 'stats') {
    const cpu = process.cpuUsage(cpuAtReset);
    send({ type: 'stats', longestStall, maxChunkBlockMs: longestChunk.ms, cpuInLongestChunkMs: longestChunk.cpuMs, gcInLongestChunkMs: gcInLongestChunk(), cpuMs: (cpu.user + cpu.system) / 1000 });
  } else if (command.type === 'memory') {
    for (let i = 0; i < 3; i++) gc?.();
    const usage = process.memoryUsage();
    send({ type: 'memory', heapUsed: usage.heapUsed, rss: usage.rss, external: usage.external, arrayBuffers: usage.arrayBuffers });
  } else if (command.type === 'sockets') {
    send({ type: 'sockets', count: hub.io.of('/').sockets.size });
  } else if (command.type === 'raw-broadcast') {
    // socket.io's plain broadcast: one emit to the whole team room, as without chunking.
    const started = performance.now();
    const cpu = process.cpuUsage();
    hub.io.to(teamRoom(team)).emit('kb:changed', command.payload as never, () => undefined);
    const used = process.cpuUsage(cpu);
    send({ type: 'raw-broadcast', blockedMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
  } else if (command.type === 'stop') {
    await hub.close();
    await storage.close();
    process.exit(0);
  }
});

send({ type: 'listening', port, tokens });
