/**
 * COUNT agent sockets in one process (the open-file limit is 20,000 per process), for
 * bench/hub.ts. Records when each `kb:changed` arrives (ms on the shared performance clock)
 * and reports over IPC; acks each batch as the extension does. Env: HUB_URL, TOKEN, COUNT.
 */
import { io } from 'socket.io-client';
import { ACK_SPREAD_MS, type HubSocket } from '../lib/sync/client';

const url = process.env.HUB_URL ?? '';
const count = Number(process.env.COUNT ?? 1000);
const now = () => performance.timeOrigin + performance.now();
const arrivals = new Map<number, number[]>();
const sockets: HubSocket[] = [];

function open(): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { token: process.env.TOKEN },
      extraHeaders: { origin: 'chrome-extension://benchbenchbenchbenchbenchbench' },
    }) as HubSocket;
    socket.on('kb:changed', (batch, ack) => {
      const at = now();
      const list = arrivals.get(batch.latest) ?? [];
      list.push(at);
      arrivals.set(batch.latest, list);
      // As the extension's sync client does (lib/sync/client.ts).
      if (typeof ack === 'function') setTimeout(() => ack(batch.latest), Math.random() * ACK_SPREAD_MS);
    });
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
    sockets.push(socket);
  });
}

for (let i = 0; i < count; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, count - i) }, open));
}
process.send?.({ type: 'connected', count: sockets.filter((s) => s.connected).length });

process.on('message', (command: { type: 'report' | 'stop' }) => {
  if (command.type === 'report') {
    process.send?.({ type: 'report', arrivals: [...arrivals.entries()] });
    arrivals.clear();
  } else {
    for (const socket of sockets) socket.close();
    process.exit(0);
  }
});
