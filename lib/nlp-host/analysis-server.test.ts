import { describe, expect, it } from 'vitest';
import { NLP_TARGET, type NlpReply, type NlpRequest, type NlpWorkerAnswer } from '../messaging/protocol';
import { analysisServer } from './analysis-server';

const request = (text: string): NlpRequest => ({ target: NLP_TARGET, op: 'analyze-messages', texts: [text] });
const fakeAnalysis = async (req: NlpRequest): Promise<NlpReply> =>
  req.op === 'analyze-messages' ? { ok: true, analyses: req.texts.map((text) => ({ lang: 'en', sentiment: text.length / 100, highlights: [], escalation: null })) } : { ok: false, error: 'no drafts here' };

/** The service worker's end of a real channel whose other end the server adopted. */
function connect(server: ReturnType<typeof analysisServer>) {
  const { port1, port2 } = new MessageChannel();
  server.adopt(port2);
  const answers: NlpWorkerAnswer[] = [];
  port1.onmessage = ({ data }) => answers.push(data as NlpWorkerAnswer);
  return { port: port1, answers, next: () => new Promise<NlpWorkerAnswer>((resolve) => (port1.onmessage = ({ data }) => resolve(data as NlpWorkerAnswer))) };
}

describe('analysisServer', () => {
  it('answers each call on the channel it came on, matched by id', async () => {
    const caller = connect(analysisServer(fakeAnalysis));
    const answered = caller.next();
    caller.port.postMessage({ id: 7, request: request('My parcel is late.') });
    expect(await answered).toEqual({ id: 7, reply: { ok: true, analyses: [{ lang: 'en', sentiment: 0.18, highlights: [], escalation: null }] } });
    caller.port.close();
  });

  it('answers a malformed call with an error at once instead of leaving it unanswered', async () => {
    const caller = connect(analysisServer(fakeAnalysis));
    const answered = caller.next();
    caller.port.postMessage({ id: 1, request: { ...request('x'), op: 'eval' } });
    const answer = await answered;
    expect(answer.id).toBe(1);
    expect(answer.reply).toMatchObject({ ok: false, error: expect.stringContaining('malformed') });
    caller.port.close();
  });

  it('serves only the newest channel: a restarted service worker replaces the last one', async () => {
    const server = analysisServer(fakeAnalysis);
    const old = connect(server);
    const current = connect(server);
    old.port.postMessage({ id: 1, request: request('old') });
    const answered = current.next();
    current.port.postMessage({ id: 2, request: request('new') });
    expect((await answered).id).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(old.answers).toEqual([]);
    old.port.close();
    current.port.close();
  });
});
