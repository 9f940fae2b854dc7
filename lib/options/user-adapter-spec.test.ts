import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../adapters/index';
import { parseDisplayTime } from '../adapters/define-adapter';
import { buildUserAdapter } from '../content/user-adapter';
import { exportUserAdapters, parseUserAdapter, parseUserAdapterFile } from './user-adapter-spec';
import { sitePattern } from './site-access';

const valid = { name: 'Acme Desk', sites: ['https://desk.acme.test/*'], selectors: { thread: '.feed', message: '.entry', composer: '#answer', customer: '.from-client', agent: '.from-staff', note: '.memo' } };

describe('user adapter specs', () => {
  it('accepts a valid spec and gives it a user- id', () => {
    const parsed = parseUserAdapter(valid);
    expect(parsed).toMatchObject({ ok: true, value: { id: 'user-acme-desk', version: 1, sites: ['https://desk.acme.test/*'] } });
  });

  it.each([
    [{ ...valid, name: '' }, 'needs a name'],
    [{ ...valid, sites: ['not a pattern'] }, 'needs at least one site'],
    [{ ...valid, selectors: { ...valid.selectors, message: 'div[' } }, 'not a valid CSS selector'],
    [{ ...valid, selectors: { ...valid.selectors, composer: '' } }, 'needs a composer selector'],
    [{ ...valid, selectors: { ...valid.selectors, conversationIdAttribute: 'x" onload="' } }, 'attribute name'],
    ['<script>', 'must be an object'],
  ])('rejects %j', (raw, error) => {
    const parsed = parseUserAdapter(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });

  it('round-trips through the export file, and refuses a broken file', () => {
    const spec = parseUserAdapter(valid);
    if (!spec.ok) throw new Error(spec.error);
    expect(parseUserAdapterFile(exportUserAdapters([spec.value]))).toEqual({ ok: true, value: [spec.value] });
    expect(parseUserAdapterFile('{nope').ok).toBe(false);
  });

  it('reads roles with notes first, so a note that also looks like a client message stays a note', () => {
    const spec = parseUserAdapter(valid);
    if (!spec.ok) throw new Error(spec.error);
    const adapter = buildUserAdapter(spec.value);
    document.body.innerHTML = '<div class="feed"><div class="entry from-client memo">internal</div><div class="entry from-staff">hi</div></div>';
    const [first, second] = [...document.querySelectorAll('.entry')];
    expect(adapter.readMessage(first!)?.role).toBe('note');
    expect(adapter.readMessage(second!)?.role).toBe('agent');
  });
});

describe('match patterns and times', () => {
  it.each([
    ['https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/*', 'https://zendesk.com.evil.test/', false],
    ['http://localhost/*', 'http://localhost:8080/x', true],
    ['https://app.intercom.com/*', 'http://app.intercom.com/', false],
  ])('%s against %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('turns an address into a site pattern', () => {
    expect(sitePattern('support.example.com/app')).toBe('https://support.example.com/*');
    expect(sitePattern('http://localhost:3000')).toBe('http://localhost/*');
    expect(sitePattern('javascript:alert(1)')).toBeNull();
  });

  it('parses helpdesk display times', () => {
    const now = new Date('2026-03-04T15:00:00');
    expect(new Date(parseDisplayTime('today 09:41', now)!).getHours()).toBe(9);
    expect(new Date(parseDisplayTime('2:03 PM', now)!).getHours()).toBe(14);
    expect(new Date(parseDisplayTime('Mar 4, 2:03 PM', now)!).getFullYear()).toBe(2026);
    expect(parseDisplayTime('not a time', now)).toBeUndefined();
  });
});
