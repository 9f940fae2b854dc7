import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NlpHostConnect, NlpReply, NlpRequest, NlpWorkerServe } from '../messaging/protocol';
import { analysisServer } from '../nlp-host/analysis-server';
import { type WorkerLike, hostWorker } from '../nlp-host/host-worker';
import { chromeNlpHost } from './nlp-host-port';
import { offscreenAnalysis } from './offscreen-analysis';

/** The host's analysis worker, played by the real server on the real channel; the test decides how it answers. */
class TestWorker implements WorkerLike {
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (request: NlpRequest) => Promise<NlpReply>) {}
  private readonly server = analysisServer((request) => this.answer(request));
  postMessage(message: NlpWorkerServe, transfer: Transferable[]) {
    if (message.type === 'nlp:serve') this.server.adopt(transfer[0] as MessagePort);
  }
  terminate() {
    this.terminated = true;
  }
}

const scores = async (request: NlpRequest): Promise<NlpReply> => (request.op === 'analyze-messages' ? { ok: true, analyses: request.texts.map(() => ({ lang: 'en', sentiment: -0.5, highlights: [], escalation: null })) } : { ok: false, error: 'no drafts' });
const never = () => new Promise<NlpReply>(() => {});

let workers: TestWorker[];
/** How the n-th worker answers (scores by default), read when it answers. */
let answers: Array<(request: NlpRequest) => Promise<NlpReply>>;
const lateBound = (n: number) => (request: NlpRequest) => (answers[n] ?? scores)(request);
const scope = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  workers = [];
  answers = [];
  // One host document, open: the real host-side wiring (lib/nlp-host/host-worker.ts) behind the Clients API.
  const host = hostWorker(() => workers[workers.push(new TestWorker(lateBound(workers.length))) - 1]!, () => {});
  const hostUrl = fakeBrowser.runtime.getURL('/nlp-host.html');
  (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = async () => [{ documentUrl: hostUrl }];
  scope.chrome = { offscreen: { createDocument: async () => {} } };
  scope.clients = {
    matchAll: async () => [{ url: hostUrl, postMessage: (_message: NlpHostConnect, [calls, notices]: MessagePort[]) => host.serve(calls!, notices) }],
  };
});

afterEach(() => {
  delete scope.clients;
  delete scope.chrome;
});

describe("the service worker's channel to the NLP host", () => {
  it("gets its answers from the host's analysis worker", async () => {
    const analysis = offscreenAnalysis(chromeNlpHost());
    expect(await analysis.analyzeMessages(['This is awful.'])).toMatchObject([{ sentiment: -0.5 }]);
    expect(workers).toHaveLength(1);
  });

  it('gives up at once on a call held by a crashed worker, and sends it again to a new one', async () => {
    answers = [never]; // the first worker never answers; it crashes instead
    const analysis = offscreenAnalysis(chromeNlpHost());
    const started = Date.now();
    const result = analysis.analyzeMessages(['This is awful.']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    workers[0]!.onerror?.({ message: 'out of memory' });
    expect(await result).toMatchObject([{ sentiment: -0.5 }]);
    // Well before the 10 s answer timeout a dead channel would otherwise wait for.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
  });
});
