import { describe, expect, it } from 'vitest';
import type { NlpHostNotice, NlpWorkerServe } from '../messaging/protocol';
import { type WorkerLike, hostWorker } from './host-worker';

class FakeWorker implements WorkerLike {
  served: MessagePort[] = [];
  terminated = false;
  onerror: ((event: { message?: string }) => void) | null = null;
  postMessage(message: NlpWorkerServe, transfer: Transferable[]) {
    if (message.type === 'nlp:serve') this.served.push(transfer[0] as MessagePort);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('hostWorker', () => {
  it('starts its worker at once and hands every channel to that one worker', () => {
    const workers: FakeWorker[] = [];
    const host = hostWorker(() => workers[workers.push(new FakeWorker()) - 1]!);
    expect(workers).toHaveLength(1);
    const first = new MessageChannel();
    const second = new MessageChannel();
    host.serve(first.port2);
    host.serve(second.port2);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.served).toEqual([first.port2, second.port2]);
  });

  it('ends a crashed worker, tells the newest service worker, and gives its next channel a new worker', () => {
    const workers: FakeWorker[] = [];
    const reports: string[] = [];
    const host = hostWorker(() => workers[workers.push(new FakeWorker()) - 1]!, (m) => reports.push(m));
    const older = { notices: [] as NlpHostNotice[], closed: false, postMessage(n: NlpHostNotice) { this.notices.push(n); }, close() { this.closed = true; } };
    const newer = { ...older, notices: [] as NlpHostNotice[], closed: false };
    host.serve(new MessageChannel().port2, older);
    host.serve(new MessageChannel().port2, newer);
    expect(older.closed).toBe(true);
    workers[0]!.onerror?.({ message: 'out of memory' });
    expect(workers[0]!.terminated).toBe(true);
    expect(reports).toEqual(['[tact] the analysis worker stopped: out of memory']);
    expect(newer.notices).toEqual([{ type: 'nlp:worker-lost' }]);
    expect(older.notices).toEqual([]);
    const channel = new MessageChannel();
    host.serve(channel.port2, newer);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.served).toEqual([channel.port2]);
  });
});
