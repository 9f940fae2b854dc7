import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../public/_locales/nl/messages.json';
import { setCatalog } from '../lib/i18n';
import type { DraftCheck } from '../lib/nlp/types';
import { DraftCheckView } from './draft-check';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const check: DraftCheck = {
  checks: { empathetic: false, personal: true, short: true, policyHiding: true, formalityMatch: null },
  suggestions: [
    { rule: 'empathetic', message: "Acknowledge the customer's problem first.", replacement: 'Hi Anna, I am sorry to hear that. We will send a new one.' },
    { rule: 'policy-hiding', message: 'Say what you can do instead of the rule.' },
  ],
};

describe('DraftCheckView', () => {
  it('shows each check in words and symbols, not colour alone', () => {
    render(<DraftCheckView check={check} onApply={() => {}} onUnhelpful={() => {}} />);
    const states = Object.fromEntries(screen.getAllByRole('listitem').map((li) => [li.getAttribute('data-check'), li.getAttribute('data-state')]));
    expect(states).toEqual({ empathetic: 'fail', personal: 'pass', short: 'pass', policyHiding: 'fail', formalityMatch: 'unknown' });
    expect(screen.getByTestId('draft-check').textContent).toContain('Empathetic: not yet');
  });

  it('applies a nudge in one click and takes a "not helpful" mark once', () => {
    const onApply = vi.fn();
    const onUnhelpful = vi.fn();
    render(<DraftCheckView check={check} onApply={onApply} onUnhelpful={onUnhelpful} />);
    expect(screen.getAllByTestId('nudge').map((n) => n.getAttribute('data-rule'))).toEqual(['empathetic', 'policy-hiding']);
    expect(screen.getAllByTestId('nudge-apply')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('nudge-apply'));
    expect(onApply).toHaveBeenCalledWith('empathetic', 'Hi Anna, I am sorry to hear that. We will send a new one.');
    fireEvent.click(screen.getAllByRole('button', { name: 'Not helpful' })[1]!);
    expect(onUnhelpful).toHaveBeenCalledWith('policy-hiding');
    expect(screen.getAllByRole('button', { name: 'Not helpful' })).toHaveLength(1);
  });

  it('shows a check the customer message does not call for as not needed, not as failed', () => {
    render(<DraftCheckView check={{ ...check, suggestions: [], notNeeded: ['empathetic'] }} onApply={() => {}} onUnhelpful={() => {}} />);
    expect(screen.getByTestId('draft-check').querySelector('[data-check="empathetic"]')?.getAttribute('data-state')).toBe('not-needed');
    expect(screen.getByTestId('draft-check').textContent).toContain('Empathetic: not needed');
  });

  it('speaks Dutch', () => {
    setCatalog(nl);
    render(<DraftCheckView check={check} onApply={() => {}} onUnhelpful={() => {}} />);
    expect(screen.getByTestId('draft-check').textContent).toContain('Empathisch: nog niet');
    expect(screen.getByRole('button', { name: 'Gebruik deze formulering' })).toBeTruthy();
  });
});
