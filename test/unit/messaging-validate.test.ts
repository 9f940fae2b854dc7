import { describe, expect, it } from 'vitest';
import { classifyIncoming } from '../../lib/messaging/validate';

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
