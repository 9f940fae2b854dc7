import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import type { EscalationEvent } from '../../lib/sync/protocol';
import { EscalationFeed } from './escalation-feed';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const legal: EscalationEvent = { id: 'e2', reason: 'legal', conversationRef: 'zendesk#42', severity: 'high', agent: 'Sam', excerpt: 'my lawyer', at: Date.UTC(2025, 0, 2, 9, 30) };
const custom: EscalationEvent = { id: 'e1', reason: 'VIP customer waiting', conversationRef: 'intercom#7', severity: 'low', agent: 'Noor', at: Date.UTC(2025, 0, 2, 9, 0) };

describe('EscalationFeed', () => {
  it('lists reason, conversation, agent, time, and the excerpt only when present', () => {
    render(<EscalationFeed events={[legal, custom]} latestLive={null} />);
    const [first, second] = screen.getAllByTestId('console-escalation');
    expect(first!.textContent).toContain('legal threat or claim');
    expect(first!.textContent).toContain('high urgency');
    expect(first!.textContent).toContain('zendesk#42');
    expect(first!.textContent).toContain('Sam');
    expect(first!.querySelector('time')?.getAttribute('dateTime')).toBe('2025-01-02T09:30:00.000Z');
    expect(first!.querySelector('blockquote')?.textContent).toBe('my lawyer');
    expect(second!.textContent).toContain('VIP customer waiting');
    expect(second!.querySelector('blockquote')).toBeNull();
    expect(screen.getByTestId('console-feed-announcer').textContent).toBe('');
    expect(screen.getByTestId('console-feed-announcer').getAttribute('aria-live')).toBe('assertive');
  });

  it('announces the latest live escalation, in Dutch too', () => {
    setCatalog(nl);
    render(<EscalationFeed events={[legal]} latestLive={legal} />);
    expect(screen.getByTestId('console-feed-announcer').textContent).toBe('Nieuwe escalatie: juridische dreiging of claim, van Sam, gesprek zendesk#42');
    expect(screen.getByRole('heading').textContent).toBe('Escalaties van medewerkers');
  });

  it('says when there is nothing yet', () => {
    render(<EscalationFeed events={[]} latestLive={null} />);
    expect(screen.getByText(/No escalations yet/)).toBeTruthy();
  });
});
