import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../public/_locales/nl/messages.json';
import { setCatalog } from '../lib/i18n';
import type { KbHit } from '../lib/kb/types';
import type { ConversationView as Conversation } from '../lib/messaging/protocol';
import { AdapterHealthNotice } from './adapter-health';
import { ConversationView } from './conversation-view';
import { HubStatus } from './hub-status';
import { KbPanel } from './kb-panel';
import { KbUpdateNotice } from './kb-update-notice';

// Each side-panel part in English and in Dutch (the chat queue, draft check, escalation banner
// and message have their own test files).
afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const both = [
  ['English', undefined],
  ['Dutch', nl],
] as const;

const hit: KbHit = { snippetId: 'refund-timing-en', title: 'When will I get my refund?', language: 'en', score: 3, confidence: 0.72, matched: ['refund'] };
const conversation: Conversation = {
  key: 'demo:c-1',
  adapter: 'demo',
  conversationId: 'c-1',
  customerName: 'Anna',
  lastActivity: 0,
  messages: [{ messageId: 'm1', role: 'customer', text: 'Where is my refund?', time: 0, historical: false, sentiment: -0.2 }],
  mood: [-0.2],
  turnaround: null,
};

describe.each(both)('side-panel parts in %s', (_language, catalog) => {
  const words = (en: string, dutch: string) => (catalog ? dutch : en);

  it('HubStatus says the state in words, with the age of the local copy when offline', () => {
    setCatalog(catalog);
    const { rerender } = render(<HubStatus hub={{ configured: true, hubUrl: 'https://hub.test', state: 'connected', lastVersion: 3, lastSyncedAt: 0 }} now={0} />);
    expect(screen.getByTestId('hub-status').getAttribute('data-state')).toBe('connected');
    expect(screen.getByTestId('hub-status').textContent).toContain(words('connected', 'verbonden'));
    rerender(<HubStatus hub={{ configured: true, hubUrl: 'https://hub.test', state: 'offline', lastVersion: 3, lastSyncedAt: 0 }} now={12 * 60_000} />);
    expect(screen.getByTestId('hub-status').getAttribute('data-state')).toBe('offline');
    expect(screen.getByTestId('hub-status').textContent).toContain('12 min');
    rerender(<HubStatus hub={{ configured: false, problem: 'not-configured' }} now={0} />);
    expect(screen.getByTestId('hub-status').getAttribute('data-state')).toBe('not-configured');
    expect(screen.getByTestId('hub-status').textContent).toContain(words('No team hub', 'Geen teamhub'));
  });

  it('KbUpdateNotice lists what changed and is acknowledged once', () => {
    setCatalog(catalog);
    const onAcknowledge = vi.fn();
    render(<KbUpdateNotice notice={{ added: ['Gift wrapping'], updated: [], removed: ['Old prices'], settingsChanged: true, at: 0 }} onAcknowledge={onAcknowledge} />);
    const notice = screen.getByTestId('kb-update-notice');
    expect(notice.textContent).toContain('Gift wrapping');
    expect(notice.textContent).toContain('Old prices');
    fireEvent.click(screen.getByRole('button', { name: words('Got it', 'Begrepen') }));
    expect(onAcknowledge).toHaveBeenCalledOnce();
  });

  it('KbPanel shows suggestions with why they matched, a labelled search box, and insert', () => {
    setCatalog(catalog);
    const onInsert = vi.fn();
    const onQuery = vi.fn();
    const { rerender } = render(<KbPanel suggestions={[hit]} query="" results={[]} onQuery={onQuery} onInsert={onInsert} />);
    const item = screen.getByTestId('kb-suggestion');
    expect(item.getAttribute('data-snippet-id')).toBe('refund-timing-en');
    expect(item.textContent).toContain(words('Matched: refund', 'Gevonden op: refund'));
    fireEvent.click(screen.getByTestId('insert-snippet'));
    expect(onInsert).toHaveBeenCalledWith('refund-timing-en');
    fireEvent.change(screen.getByRole('searchbox', { name: words('Search the knowledge base', 'Zoek in de kennisbank') }), { target: { value: 'refund' } });
    expect(onQuery).toHaveBeenCalledWith('refund');
    rerender(<KbPanel suggestions={[]} query="" results={[]} onQuery={onQuery} onInsert={onInsert} />);
    expect(screen.queryByTestId('kb-suggestion')).toBeNull();
    expect(screen.getByText(words('Nothing in the knowledge base answers this confidently.', 'Niets in de kennisbank beantwoordt dit met zekerheid.'))).toBeTruthy();
  });

  it('AdapterHealthNotice names the adapter and what no longer matches, as an alert', () => {
    setCatalog(catalog);
    render(<AdapterHealthNotice health={{ adapter: 'zendesk', state: 'broken', missing: ['message list (article)'] }} />);
    const notice = screen.getByRole('alert');
    expect(notice.getAttribute('data-adapter')).toBe('zendesk');
    expect(notice.textContent).toContain('zendesk');
    expect(notice.textContent).toContain('message list (article)');
  });

  it('ConversationView shows the customer, the mood and the messages, and can forget the chat', () => {
    setCatalog(catalog);
    const onForget = vi.fn();
    render(<ConversationView conversation={conversation} onForget={onForget} />);
    expect(screen.getByTestId('conversation').getAttribute('data-conversation-id')).toBe('c-1');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(words('Chat with Anna', 'Chat met Anna'));
    expect(screen.getAllByTestId('message')).toHaveLength(1);
    expect(screen.getByTestId('mood-trend').getAttribute('data-points')).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: words('Forget this chat', 'Vergeet deze chat') }));
    expect(onForget).toHaveBeenCalledOnce();
  });
});
