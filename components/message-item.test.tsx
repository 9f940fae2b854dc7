import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import nl from '../public/_locales/nl/messages.json';
import { setCatalog } from '../lib/i18n';
import { MessageItem } from './message-item';
import { MoodTrend } from './mood-trend';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

describe('MessageItem', () => {
  it('renders page text as text, never as HTML, with the test hooks', () => {
    const { container } = render(
      <MessageItem message={{ messageId: 'm1', role: 'customer', text: '<img src=x onerror=alert(1)><b>hi</b>', time: 0, historical: false, sentiment: -0.4 }} />,
    );
    const item = screen.getByTestId('message');
    expect(item.getAttribute('data-role')).toBe('customer');
    expect(item.getAttribute('data-sentiment')).toBe('-0.4');
    expect(container.querySelector('img, b')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(item.textContent).toContain('negative');
  });

  it('marks highlighted words and shows Dutch labels in Dutch', () => {
    setCatalog(nl);
    const { container } = render(
      <MessageItem message={{ messageId: 'm2', role: 'customer', text: 'Niet goed, echt slecht', time: 0, historical: true, sentiment: -0.6, lang: 'nl', highlights: [{ start: 16, end: 22, weight: -0.5 }] }} />,
    );
    expect(container.querySelector('mark')?.textContent).toBe('slecht');
    expect(screen.getByTestId('message').textContent).toContain('negatief');
    expect(screen.getByTestId('message').textContent).toContain('Nederlands');
  });

  it('says a message was deleted instead of showing its old text or mood', () => {
    render(<MessageItem message={{ messageId: 'm4', role: 'customer', text: '', time: 0, historical: false, deleted: true }} />);
    const item = screen.getByTestId('message');
    expect(item.getAttribute('data-deleted')).toBe('true');
    expect(item.textContent).toContain('deleted in the helpdesk');
    expect(item.hasAttribute('data-sentiment')).toBe(false);
  });

  it('has no sentiment on agent messages', () => {
    render(<MessageItem message={{ messageId: 'm3', role: 'agent', text: 'Hello', time: 0, historical: false }} />);
    expect(screen.getByTestId('message').hasAttribute('data-sentiment')).toBe(false);
  });
});

describe('MoodTrend', () => {
  it('describes the trend in words, not only as a line', () => {
    render(<MoodTrend mood={[-0.6, -0.2, 0.5]} turnaround={1.1} />);
    const trend = screen.getByTestId('mood-trend');
    expect(trend.getAttribute('data-points')).toBe('3');
    expect(trend.textContent).toContain('improving');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('-0.60');
  });
});
