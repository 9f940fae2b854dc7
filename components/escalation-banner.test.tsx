import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../public/_locales/nl/messages.json';
import { setCatalog } from '../lib/i18n';
import type { ActiveEscalation } from '../lib/messaging/protocol';
import { EscalationBanner } from './escalation-banner';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const legal: ActiveEscalation = { reason: 'legal', evidence: { start: 9, end: 25, text: 'call my lawyer' }, messageId: 'm1', at: 0 };

describe('EscalationBanner', () => {
  it('shows reason and evidence, and asks why before dismissing', () => {
    const onDismiss = vi.fn();
    const onNotifyLead = vi.fn();
    render(<EscalationBanner escalation={legal} onDismiss={onDismiss} onNotifyLead={onNotifyLead} />);
    const banner = screen.getByTestId('escalation');
    expect(banner.getAttribute('data-reason')).toBe('legal');
    expect(banner.textContent).toContain('legal threat or claim');
    expect(banner.textContent).toContain('call my lawyer');
    fireEvent.click(screen.getByRole('button', { name: 'Notify team lead' }));
    expect(onNotifyLead).toHaveBeenLastCalledWith(false);
    fireEvent.click(screen.getByRole('checkbox', { name: "Include the customer's words" }));
    fireEvent.click(screen.getByRole('button', { name: 'Notify team lead' }));
    expect(onNotifyLead).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Already handled' }));
    expect(onDismiss).toHaveBeenCalledWith('already-handled');
  });

  it('offers no lead notification without a hub, and speaks Dutch', () => {
    setCatalog(nl);
    render(<EscalationBanner escalation={{ ...legal, reason: 'sentiment_decline' }} onDismiss={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Teamleider inlichten' })).toBeNull();
    expect(screen.getByTestId('escalation').textContent).toContain('stemming blijft dalen');
    expect(screen.getByRole('button', { name: 'Negeren' })).toBeTruthy();
  });
});
