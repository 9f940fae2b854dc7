import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../public/_locales/nl/messages.json';
import { setCatalog } from '../lib/i18n';
import type { QueueItem } from '../lib/messaging/protocol';
import { ChatQueue } from './chat-queue';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const NOW = 10_000_000;
const items: QueueItem[] = [
  { key: 'demo:a', adapter: 'demo', conversationId: 'a', customerName: 'Anna', mood: -0.5, waitingSince: NOW - 125_000, escalation: 'legal' },
  { key: 'demo:b', adapter: 'demo', conversationId: 'b', customerName: 'Bob', mood: null, waitingSince: null, escalation: null },
];

describe('ChatQueue', () => {
  it('lists chats in the given order with waiting time, mood and escalation, and opens one on click', () => {
    const onOpen = vi.fn();
    render(<ChatQueue items={items} activeKey="demo:b" now={NOW} onOpen={onOpen} />);
    const rows = screen.getAllByTestId('queue-item');
    expect(rows.map((r) => r.getAttribute('data-conversation-id'))).toEqual(['a', 'b']);
    expect(rows[0]!.textContent).toContain('escalation suggested');
    expect(rows[0]!.textContent).toContain('Anna has waited 2 min for a reply');
    expect(rows[1]!.textContent).toContain('answered');
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    expect(onOpen).toHaveBeenCalledWith('demo:a');
    expect(screen.getByRole('button', { name: /^Bob/ }).getAttribute('aria-current')).toBe('true');
  });

  it('speaks Dutch', () => {
    setCatalog(nl);
    render(<ChatQueue items={items} activeKey="demo:b" now={NOW} onOpen={() => {}} />);
    expect(screen.getAllByTestId('queue-item')[0]!.textContent).toContain('Anna wacht al 2 min op antwoord');
    expect(screen.getByRole('navigation').getAttribute('aria-label')).toBe('Open chats');
  });

  it('stays out of the way with a single chat that is already in front', () => {
    const { container } = render(<ChatQueue items={[items[1]!]} activeKey="demo:b" now={NOW} onOpen={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});
