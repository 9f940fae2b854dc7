import { describe, expect, it } from 'vitest';
import { classifyContentPortMessage, classifyIncoming, isNlpCaller, parseNlpRequest } from '../../lib/messaging/validate';
import { NLP_TARGET } from '../../lib/messaging/protocol';
import { MAX_ANALYSED_CHARS } from '../../lib/nlp/types';

const ID = 'tact-id';
const ORIGIN = 'chrome-extension://tact-id/';
const fromPage = { id: ID, url: 'https://example.zendesk.com/agent', tab: { id: 4 } };
const fromPanel = { id: ID, url: `${ORIGIN}sidepanel.html` };
const turns = (n: number, text = 'hi') => Array.from({ length: n }, (_, i) => ({ messageId: `m${i}`, role: 'customer', text, time: 1, historical: false }));

describe('who may send what to the background', () => {
  it('accepts a well-formed content message from a tab', () => {
    const result = classifyIncoming({ type: 'chat:turns', adapter: 'demo', conversationId: 'c', turns: turns(2) }, fromPage, ID, ORIGIN);
    expect(result).toMatchObject({ from: 'content', tabId: 4 });
  });

  it.each([
    ['another extension', { type: 'chat:focus', adapter: 'demo', conversationId: 'c' }, { ...fromPage, id: 'evil' }, 'unknown sender'],
    ['no tab', { type: 'chat:focus', adapter: 'demo', conversationId: 'c' }, { id: ID, url: 'https://x.test' }, 'without a tab'],
    ['unknown type', { type: 'panel:steal' }, fromPage, 'malformed'],
    ['a page posing as the panel', { type: 'data:forget-all' }, fromPage, 'malformed'],
    ['a bad role', { type: 'chat:turns', adapter: 'demo', conversationId: 'c', turns: [{ ...turns(1)[0], role: 'admin' }] }, fromPage, 'malformed'],
    ['too many turns', { type: 'chat:turns', adapter: 'demo', conversationId: 'c', turns: turns(501) }, fromPage, 'malformed'],
    ['an oversized text', { type: 'chat:turns', adapter: 'demo', conversationId: 'c', turns: turns(1, 'x'.repeat(100_001)) }, fromPage, 'malformed'],
    ['not an object', 'hello', fromPage, 'malformed'],
  ])('rejects %s', (_name, raw, sender, error) => {
    const result = classifyIncoming(raw, sender, ID, ORIGIN);
    expect(result.from).toBe('rejected');
    expect(result.from === 'rejected' && result.error).toContain(error);
  });

  it('accepts panel commands only from extension pages', () => {
    expect(classifyIncoming({ type: 'data:forget-all' }, fromPanel, ID, ORIGIN)).toMatchObject({ from: 'panel' });
    expect(classifyIncoming({ type: 'panel:state' }, fromPanel, ID, ORIGIN)).toMatchObject({ from: 'panel' });
  });
});

describe("what the background accepts on a content script's port", () => {
  const focus = { type: 'chat:focus', adapter: 'demo', conversationId: 'c' };

  it('accepts a numbered content message from a tab', () => {
    expect(classifyContentPortMessage({ seq: 7, message: focus }, fromPage, ID, ORIGIN)).toEqual({ ok: true, seq: 7, tabId: 4, message: focus });
  });

  it.each([
    ['an extension page on the content port', { seq: 1, message: focus }, fromPanel, 'unknown sender'],
    ['another extension', { seq: 1, message: focus }, { ...fromPage, id: 'evil' }, 'unknown sender'],
    ['no sequence number', { message: focus }, fromPage, 'sequence number'],
    ['a negative sequence number', { seq: -1, message: focus }, fromPage, 'sequence number'],
    ['a fractional sequence number', { seq: 1.5, message: focus }, fromPage, 'sequence number'],
    ['a malformed message', { seq: 1, message: { type: 'data:forget-all' } }, fromPage, 'malformed'],
    ['null', null, fromPage, 'sequence number'],
    ['no tab', { seq: 1, message: focus }, { id: ID, url: 'https://x.test' }, 'without a tab'],
  ])('refuses %s', (_name, raw, sender, error) => {
    const result = classifyContentPortMessage(raw, sender, ID, ORIGIN);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});

describe('who may ask the NLP host for an analysis', () => {
  const WORKER = `${ORIGIN}background.js`;
  const ask = { target: NLP_TARGET, op: 'analyze-messages', texts: ['My parcel is late.'] };

  it("takes a channel from Tact's own service worker only", () => {
    expect(isNlpCaller(WORKER, WORKER)).toBe(true);
    expect(isNlpCaller('https://evil.example/background.js', WORKER)).toBe(false);
    expect(isNlpCaller(`${ORIGIN}sidepanel.html`, WORKER)).toBe(false);
    expect(isNlpCaller(`${ORIGIN}background.js?other`, WORKER)).toBe(false);
    expect(isNlpCaller('chrome-extension://another-extension/background.js', WORKER)).toBe(false);
  });

  it('takes requests of a known shape, and refuses unknown operations and oversized texts', () => {
    expect(parseNlpRequest(ask)).toEqual({ ok: true, request: ask });
    expect(parseNlpRequest({ ...ask, op: 'eval' }).ok).toBe(false);
    expect(parseNlpRequest({ ...ask, texts: ['x'.repeat(MAX_ANALYSED_CHARS + 2)] }).ok).toBe(false);
    expect(parseNlpRequest({ ...ask, texts: Array(501).fill('hi') }).ok).toBe(false);
  });

});
