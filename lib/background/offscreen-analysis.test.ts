import { describe, expect, it } from 'vitest';
import { type NlpReply, type NlpRequest } from '../messaging/protocol';
import { MAX_ANALYSED_CHARS, type MessageAnalysis } from '../nlp/types';
import { type NlpHostPort, offscreenAnalysis, requestBatches } from './offscreen-analysis';

const analysisOf = (text: string): MessageAnalysis => ({ lang: 'en', sentiment: text.length / 1000, highlights: [], escalation: null });

/** A host that answers like the real one, and can be made to be missing or failing. */
function fakeHost(opts: { missingFirst?: number; failWith?: string } = {}) {
  const sent: NlpRequest[] = [];
  let ensured = 0;
  let missing = opts.missingFirst ?? 0;
  const port: NlpHostPort = {
    ensureHost: async () => void ensured++,
    send: async (request) => {
      sent.push(request);
      if (missing > 0) {
        missing--;
        return undefined;
      }
      if (opts.failWith) return { ok: false, error: opts.failWith };
      if (request.op === 'analyze-messages') return { ok: true, analyses: request.texts.map(analysisOf) } satisfies NlpReply;
      return { ok: true, check: { checks: { empathetic: true, personal: true, short: true, policyHiding: false, formalityMatch: null }, suggestions: [] } };
    },
  };
  return { port, sent, ensured: () => ensured };
}

const noWait = async () => {};

describe('offscreenAnalysis', () => {
  it('returns one analysis per text, in order', async () => {
    const host = fakeHost();
    const result = await offscreenAnalysis(host.port, noWait).analyzeMessages(['a', 'bb', 'ccc']);
    expect(result.map((r) => r.sentiment)).toEqual([0.001, 0.002, 0.003]);
    expect(host.sent).toHaveLength(1);
  });

  it('opens the host again and retries, waiting longer each time, while no host answers', async () => {
    const host = fakeHost({ missingFirst: 3 });
    const waits: number[] = [];
    const result = await offscreenAnalysis(host.port, async (ms) => void waits.push(ms)).analyzeMessages(['hello']);
    expect(result).toHaveLength(1);
    expect(host.sent).toHaveLength(4);
    expect(host.ensured()).toBe(4);
    expect(waits).toEqual([50, 100, 200]);
  });

  it('fails with a clear error when the host stays away', async () => {
    const host = fakeHost({ missingFirst: 100 });
    await expect(offscreenAnalysis(host.port, noWait).analyzeMessages(['hello'])).rejects.toThrow(/not available/);
  });

  it("passes on the host's own error", async () => {
    const host = fakeHost({ failWith: 'model missing' });
    await expect(offscreenAnalysis(host.port, noWait).checkDraft({ customer: 'hi', draft: 'hello' })).rejects.toThrow(/model missing/);
  });

  it('sends at most one character more than the analyser reads', async () => {
    const host = fakeHost();
    const long = 'x'.repeat(MAX_ANALYSED_CHARS * 3);
    await offscreenAnalysis(host.port, noWait).checkDraft({ customer: long, draft: long });
    const sent = host.sent[0] as Extract<NlpRequest, { op: 'check-draft' }>;
    expect(sent.input.customer).toHaveLength(MAX_ANALYSED_CHARS + 1);
    expect(sent.input.draft).toHaveLength(MAX_ANALYSED_CHARS + 1);
  });
});

describe('requestBatches', () => {
  it('splits long runs by size and by count, keeping every text in order', () => {
    const texts = Array.from({ length: 1200 }, (_, i) => `${i} ${'y'.repeat(i % 7 === 0 ? 19_000 : 10)}`);
    const batches = requestBatches(texts);
    expect(batches.flat()).toEqual(texts);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(500);
      expect(batch.join('').length).toBeLessThanOrEqual(1_000_000);
    }
    expect(batches.length).toBeGreaterThan(3);
  });

  it('makes no request for no texts', () => {
    expect(requestBatches([])).toEqual([]);
  });
});
