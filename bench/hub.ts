/**
 * Hub benchmark: publish → delivery latency to 1,000 and 10,000 loopback agents (clients in
 * separate processes, 2,000-2,500 sockets each), the same through two hub processes and Redis,
 * event-loop blocking per broadcast, catch-up of 10,000 missed updates, memory per idle socket.
 *   npx tsx bench/hub.ts                     # embedded storage only
 *   eval "$(scripts/services.sh start)" && npx tsx bench/hub.ts   # + two processes over PG/Redis
 * Prints a markdown section on stdout; progress on stderr. BENCH_HUB_FLAGS adds Node flags to the
 * hub processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"); BENCH_CHUNK and BENCH_CHUNK_BUDGET
 * set the fan-out's first chunk and time budget; BENCH_CLIENT_NICE the agents' priority.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { type HubSocket, createSyncClient } from '../lib/sync/client';
import { createMemoryStore } from '../lib/sync/memory-store';

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20);
/** Publishes before each measured row, left out of its figures: the first ones after agents connect run JIT-cold code in the hub and the clients (reported apart). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const BODY_BYTES = 2_000;
const CLIENT_NICE = Number(process.env.BENCH_CLIENT_NICE ?? 10);
const ORIGIN = 'chrome-extension://benchbenchbenchbenchbenchbench';
const now = () => performance.timeOrigin + performance.now();
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Message = { type: string } & Record<string, unknown>;

function forkTs(file: string, env: Record<string, string>): ChildProcess {
  const extra = file.includes('server') && process.env.BENCH_HUB_FLAGS ? process.env.BENCH_HUB_FLAGS.split(' ') : [];
  return fork(new URL(file, import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...extra],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage(child: ChildProcess, type: string, timeoutMs = 120_000): Promise<Message> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} from child within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: Message) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
  });
}

async function ask(child: ChildProcess, command: Message, replyType = command.type): Promise<Message> {
  const reply = nextMessage(child, replyType);
  child.send(command);
  return reply;
}

interface HubProcess {
  child: ChildProcess;
  url: string;
  tokens: { lead: string; agent: string };
}

async function startHubProcess(env: Record<string, string>, tokens?: HubProcess['tokens']): Promise<HubProcess> {
  const child = forkTs('./hub-server.ts', { BENCH_CREATE_TOKENS: tokens ? '0' : '1', ...env });
  const ready = await nextMessage(child, 'listening');
  return { child, url: `http://127.0.0.1:${ready.port}`, tokens: tokens ?? (ready.tokens as HubProcess['tokens']) };
}

async function startAgents(targets: { url: string; count: number }[], token: string): Promise<ChildProcess[]> {
  const children = targets.map(({ url, count }) => forkTs('./hub-clients.ts', { HUB_URL: url, TOKEN: token, COUNT: String(count) }));
  // Agents stand in for other machines: at a lower priority they take the cores only when the hub does not need them.
  for (const child of children) if (child.pid) setPriority(child.pid, CLIENT_NICE);
  const connected = await Promise.all(children.map((child) => nextMessage(child, 'connected', 300_000)));
  const total = connected.reduce((sum, m) => sum + Number(m.count), 0);
  const wanted = targets.reduce((sum, t) => sum + t.count, 0);
  if (total !== wanted) throw new Error(`only ${total} of ${wanted} agents connected`);
  return children;
}

async function stopAll(children: ChildProcess[]) {
  const exits = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) child.send({ type: 'stop' });
  await Promise.all(exits);
}

function leadSocket(url: string, token: string): Promise<HubSocket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, auth: { token }, extraHeaders: { origin: ORIGIN } }) as HubSocket;
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const median = (values: number[]) => percentile(values, 50);
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface DeliveryResult {
  agents: number;
  p50: number;
  p95: number;
  medianOfP95: number;
  worstP95: number;
  ackMedian: number;
  /** Worst per-publish p95 among the warm-up publishes (not in the other figures). */
  warmupWorstP95: number;
  missing: number;
  maxChunkBlockMs: number;
  /** Process CPU time and garbage collection inside that longest chunk. */
  cpuInLongestChunkMs: number;
  gcInLongestChunkMs: number;
  /** The longest event-loop stall of any hub process, and that process's CPU time during it. */
  longestStall: { wallMs: number; cpuMs: number };
  /** Hub CPU time (all hub processes) per publish, storage write included. */
  hubCpuPerPublishMs: number;
}

let snippetCounter = 0;
function payload() {
  snippetCounter += 1;
  const id = `bench-${snippetCounter % 50}`;
  return { upserts: [{ id, title: `Bench ${id}`, body: 'x'.repeat(BODY_BYTES), tags: ['bench'], language: 'en' as const }] };
}

/**
 * WARMUP then PUBLISHES publishes, one at a time with a pause (0.2 s at 1,000 agents, 2 s at
 * 10,000); latency = arrival at an agent − publish sent. Hub statistics cover the measured ones.
 */
async function measureDelivery(hubs: HubProcess[], agents: ChildProcess[], agentCount: number, pauseMs: number): Promise<DeliveryResult> {
  const [first] = hubs;
  if (!first) throw new Error('no hub');
  const lead = await leadSocket(first.url, first.tokens.lead);
  const sentAt = new Map<number, number>();
  const warmupVersions = new Set<number>();
  const acks: number[] = [];
  for (let i = 0; i < WARMUP + PUBLISHES; i++) {
    if (i === WARMUP) {
      await sleep(1_000); // the last warm-up deliveries finish before the hubs' counters reset
      await Promise.all(hubs.map((hub) => ask(hub.child, { type: 'reset' })));
    }
    const started = now();
    const result = await lead.emitWithAck('kb:publish', payload());
    if ('error' in result) throw new Error(result.error);
    if (i < WARMUP) warmupVersions.add(result.data.version);
    else acks.push(now() - started);
    sentAt.set(result.data.version, started);
    await sleep(pauseMs);
  }
  lead.close();
  const stats = await Promise.all(hubs.map((hub) => ask(hub.child, { type: 'stats' })));
  // Agents still working through a backlog report later arrivals: collect until all are in.
  const byVersion = new Map<number, number[]>();
  const expected = (WARMUP + PUBLISHES) * agentCount;
  const deadline = Date.now() + 30_000;
  for (let total = 0; total < expected && Date.now() < deadline; await sleep(500)) {
    const reports = await Promise.all(agents.map((child) => ask(child, { type: 'report' })));
    for (const report of reports) {
      for (const [version, times] of report.arrivals as [number, number[]][]) {
        const start = sentAt.get(version);
        if (start === undefined) continue;
        const list = byVersion.get(version) ?? [];
        for (const at of times) list.push(at - start);
        byVersion.set(version, list);
        total += times.length;
      }
    }
  }
  const measured = [...byVersion].filter(([version]) => !warmupVersions.has(version)).map(([, list]) => list);
  const warmup = [...byVersion].filter(([version]) => warmupVersions.has(version)).map(([, list]) => list);
  const all = measured.flat();
  const p95s = measured.map((list) => percentile(list, 95));
  return {
    agents: agentCount,
    p50: median(all),
    p95: percentile(all, 95),
    medianOfP95: median(p95s),
    worstP95: Math.max(...p95s),
    ackMedian: median(acks),
    warmupWorstP95: Math.max(...warmup.map((list) => percentile(list, 95))),
    missing: PUBLISHES * agentCount - all.length,
    ...stats.map((s) => ({ maxChunkBlockMs: Number(s.maxChunkBlockMs), cpuInLongestChunkMs: Number(s.cpuInLongestChunkMs), gcInLongestChunkMs: Number(s.gcInLongestChunkMs) })).reduce((a, b) => (b.maxChunkBlockMs > a.maxChunkBlockMs ? b : a)),
    longestStall: stats.map((s) => s.longestStall as DeliveryResult['longestStall']).reduce((a, b) => (b.wallMs > a.wallMs ? b : a)),
    hubCpuPerPublishMs: stats.reduce((sum, s) => sum + Number(s.cpuMs), 0) / PUBLISHES,
  };
}

function deliveryRow(label: string, r: DeliveryResult) {
  return `| ${label} | ${r.agents.toLocaleString('en')} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.medianOfP95)} | ${ms(r.worstP95)} | ${ms(r.ackMedian)} | ${r.missing} | ${ms(r.maxChunkBlockMs)} (${ms(r.cpuInLongestChunkMs)}; ${ms(r.gcInLongestChunkMs)}) | ${ms(r.longestStall.wallMs)} (${ms(r.longestStall.cpuMs)}) | ${ms(r.hubCpuPerPublishMs)} | ${ms(r.warmupWorstP95)} |`;
}

function split(total: number, perProcess: number, urls: string[]) {
  const targets: { url: string; count: number }[] = [];
  for (let i = 0, n = 0; n < total; i++, n += perProcess) targets.push({ url: urls[i % urls.length] ?? '', count: Math.min(perProcess, total - n) });
  return targets;
}

async function singleProcess(lines: string[], rows: string[]): Promise<Map<number, DeliveryResult>> {
  const results = new Map<number, DeliveryResult>();
  const dataDir = await mkdtemp(join(tmpdir(), 'tact-bench-'));
  const hub = await startHubProcess({ BENCH_DATA: dataDir, DATABASE_URL: '', REDIS_URL: '' });
  const baseline = await ask(hub.child, { type: 'memory' });

  log('1 hub: connecting 1,000 agents');
  const firstAgents = await startAgents([{ url: hub.url, count: 1_000 }], hub.tokens.agent);
  const r1k = await measureDelivery([hub], firstAgents, 1_000, 200);
  results.set(1_000, r1k);
  rows.push(deliveryRow('1 process, embedded', r1k));

  log('1 hub: connecting 9,000 more agents');
  const moreAgents = await startAgents(split(9_000, 2_250, [hub.url]), hub.tokens.agent);
  const agents = [...firstAgents, ...moreAgents];
  await sleep(2_000);
  const loaded = await ask(hub.child, { type: 'memory' });
  const r10k = await measureDelivery([hub], agents, 10_000, 2_000);
  results.set(10_000, r10k);
  rows.push(deliveryRow('1 process, embedded', r10k));

  const perSocketHeap = (Number(loaded.heapUsed) - Number(baseline.heapUsed)) / 10_000 / 1024;
  const perSocketRss = (Number(loaded.rss) - Number(baseline.rss)) / 10_000 / 1024;
  lines.push(
    `- Memory per idle agent connection (10,000 sockets, after GC): heap ${perSocketHeap.toFixed(1)} KB, RSS ${perSocketRss.toFixed(1)} KB (heap ${(Number(baseline.heapUsed) / 2 ** 20).toFixed(0)} → ${(Number(loaded.heapUsed) / 2 ** 20).toFixed(0)} MB, RSS ${(Number(baseline.rss) / 2 ** 20).toFixed(0)} → ${(Number(loaded.rss) / 2 ** 20).toFixed(0)} MB).`,
  );

  log('1 hub: unchunked broadcast to 10,000 (socket.io default: one emit to the room)');
  const raw: number[] = [];
  const rawCpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const reply = await ask(hub.child, { type: 'raw-broadcast', payload: { changes: [], latest: 0, pad: 'x'.repeat(BODY_BYTES) } });
    raw.push(Number(reply.blockedMs));
    rawCpu.push(Number(reply.cpuMs));
    await sleep(1_500);
  }
  lines.push(
    `- Event loop held by one 2 KB broadcast to 10,000 sockets: one emit to the team room (socket.io default) median ${ms(median(raw))} wall / ${ms(median(rawCpu))} CPU, max ${ms(Math.max(...raw))}; Tact's chunks (50 sockets first, then sized to a 10 ms budget within 10–100, a yield between chunks): longest chunk ${ms(r10k.maxChunkBlockMs)}.`,
  );
  await Promise.all(agents.map((child) => ask(child, { type: 'report' })));
  await stopAll(agents);

  log('1 hub: catch-up of 10,000 missed updates');
  lines.push(`- ${await measureCatchUp(hub)}`);
  await stopAll([hub.child]);
  return results;
}

async function measureCatchUp(hub: HubProcess): Promise<string> {
  const lead = await leadSocket(hub.url, hub.tokens.lead);
  const before = await lead.emitWithAck('sync:heartbeat');
  const start = 'data' in before ? before.data.latest : 0;
  for (let batch = 0; batch < 20; batch++) {
    const upserts = Array.from({ length: 500 }, (_, i) => ({
      id: `catchup-${batch}-${i}`,
      title: `Catch-up ${batch}/${i}`,
      body: 'Lorem ipsum dolor sit amet. '.repeat(12),
      tags: ['catch-up'],
      language: 'en' as const,
    }));
    const result = await lead.emitWithAck('kb:publish', { upserts });
    if ('error' in result) throw new Error(result.error);
  }
  lead.close();
  const times: number[] = [];
  let received = 0;
  for (let run = 0; run < 5; run++) {
    const store = createMemoryStore();
    await store.apply([{ kind: 'settings', version: start, updatedAt: 0, settings: { escalationThresholds: {}, waitingTimeLimits: {}, helpdeskAdapters: [] } }]);
    const started = now();
    const client = createSyncClient({
      hubUrl: hub.url,
      token: hub.tokens.agent,
      store,
      transports: ['websocket'],
      connect: (url, options) => io(url, { ...options, forceNew: true, extraHeaders: { origin: ORIGIN } }) as HubSocket,
    });
    await client.start();
    while ((await store.lastVersion()) < start + 10_000) await sleep(2);
    times.push(now() - started);
    received = store.snippets.size;
    client.stop();
  }
  return `Catch-up of 10,000 missed updates (${received.toLocaleString('en')} snippets, ~400 B each, connect included, pages of 2,000): median ${ms(median(times))}, max ${ms(Math.max(...times))} over 5 runs.`;
}

async function twoProcesses(rows: string[]): Promise<Map<number, DeliveryResult>> {
  const results = new Map<number, DeliveryResult>();
  const env = { DATABASE_URL: process.env.DATABASE_URL ?? '', REDIS_URL: process.env.REDIS_URL ?? '', BENCH_TEAM: `bench-${Date.now()}` };
  const a = await startHubProcess(env);
  const b = await startHubProcess(env, a.tokens);
  const hubs = [a, b];

  log('2 hubs + Redis: connecting 1,000 agents');
  const first = await startAgents(split(1_000, 500, [a.url, b.url]), a.tokens.agent);
  const r1k = await measureDelivery(hubs, first, 1_000, 200);
  results.set(1_000, r1k);
  rows.push(deliveryRow('2 processes, PostgreSQL + Redis', r1k));

  log('2 hubs + Redis: connecting 9,000 more agents');
  const more = await startAgents(split(9_000, 2_250, [a.url, b.url]), a.tokens.agent);
  await sleep(2_000);
  const r10k = await measureDelivery(hubs, [...first, ...more], 10_000, 2_000);
  results.set(10_000, r10k);
  rows.push(deliveryRow('2 processes, PostgreSQL + Redis', r10k));
  await stopAll([...first, ...more, a.child, b.child]);
  return results;
}

const lines: string[] = [];
const rows: string[] = [];
const started = Date.now();
const loadAtStart = loadavg()[0]?.toFixed(1);
const single = await singleProcess(lines, rows);
let two: Map<number, DeliveryResult> | undefined;
if (process.env.DATABASE_URL && process.env.REDIS_URL) two = await twoProcesses(rows);
else log('DATABASE_URL/REDIS_URL unset: skipping the two-process run (eval "$(scripts/services.sh start)")');

console.log(`## Hub benchmark (${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, Node ${process.version}, load average at start ${loadAtStart}, at end ${loadavg()[0]?.toFixed(1)})

Loopback socket.io clients in separate processes (websocket transport); ${PUBLISHES} measured publishes of one ${BODY_BYTES.toLocaleString('en')}-byte snippet per row, after ${WARMUP} warm-up publishes; latency = arrival at an agent − publish sent by the lead (includes the durable write). Hub and client processes share the same cores; the agents' processes run at nice ${CLIENT_NICE}, standing in for other machines, so that they take a core only when the hub does not need it. "Longest event-loop stall" is the longest delay of a 5 ms timer in any hub process, with that process's CPU time during the stall in brackets: much less CPU than wall time means it was waiting for a core; more means its GC threads ran alongside. Profiles of the longest stalls found ack reads, engine.io's heartbeats (one timer per socket, so sockets that connected together are pinged together) and waits for a core, not a broadcast chunk. "Hub CPU; GC in it" are the process CPU time during the longest chunk emit and the garbage collection (Node's \`gc\` performance entries) inside it: collection lands in whatever code allocates, mostly the fan-out during a publish. The warm-up publishes are the first after the row's agents connect: hub and client code still JIT-cold, as only just after a hub starts. Their worst p95 is the last column and is in no other figure.

| Setup | Agents | p50 | p95 (all deliveries) | median of per-publish p95 | worst per-publish p95 | publish ack (median) | missed deliveries | longest chunk emit (hub CPU; GC in it) | longest event-loop stall (hub CPU in it) | hub CPU per publish | warm-up: worst per-publish p95 |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${lines.join('\n')}
${
  two
    ? [1_000, 10_000]
        .map((n) => {
          const one = single.get(n);
          const both = two?.get(n);
          return one && both ? `- Two processes vs one at ${n.toLocaleString('en')} agents: p95 ratio ${(both.p95 / one.p95).toFixed(2)}×.` : '';
        })
        .join('\n')
    : '- Two processes: not run (no DATABASE_URL/REDIS_URL).'
}
- Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s.
`);
process.exit(0);
