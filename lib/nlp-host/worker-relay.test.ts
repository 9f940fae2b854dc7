import { describe, expect, it } from 'vitest';
import { NLP_TARGET, type NlpRequest, type NlpWorkerAnswer, type NlpWorkerCall } from '../messaging/protocol';
import { type WorkerLike, workerRelay } from './worker-relay';

class FakeWorker implements WorkerLike {
  calls: NlpWorkerCall[] = [];
  terminated = false;
  onmessage: ((event: { data: NlpWorkerAnswer }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  postMessage(call: NlpWorkerCall) {
    this.calls.push(call);
  }
  terminate() {
    this.terminated = true;
  }
  answer(index: number, sentiment: number) {
    this.onmessage?.({ data: { id: this.calls[index]!.id, reply: { ok: true, analyses: [{ lang: 'en', sentiment, highlights: [], escalation: null }] } } });
  }
}

const request = (text: string): NlpRequest => ({ target: NLP_TARGET, op: 'analyze-messages', texts: [text] });

describe('workerRelay', () => {
  it('matches answers to requests even when they come back out of order', async () => {
    const workers: FakeWorker[] = [];
    const relay = workerRelay(() => workers[workers.push(new FakeWorker()) - 1]!);
    const first = relay(request('one'));
    const second = relay(request('two'));
    workers[0]!.answer(1, 0.2);
    workers[0]!.answer(0, 0.1);
    expect(await first).toMatchObject({ analyses: [{ sentiment: 0.1 }] });
    expect(await second).toMatchObject({ analyses: [{ sentiment: 0.2 }] });
    expect(workers).toHaveLength(1);
  });

  it('fails pending requests when the worker crashes, and starts a new one for the next', async () => {
    const workers: FakeWorker[] = [];
    const relay = workerRelay(() => workers[workers.push(new FakeWorker()) - 1]!);
    const pending = relay(request('one'));
    workers[0]!.onerror?.({ message: 'out of memory' });
    expect(await pending).toEqual({ ok: false, error: 'the analysis worker stopped: out of memory' });
    expect(workers[0]!.terminated).toBe(true);
    const next = relay(request('two'));
    expect(workers).toHaveLength(2);
    workers[1]!.answer(0, 0.3);
    expect(await next).toMatchObject({ ok: true });
  });
});
