import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import type { FeedbackTotals } from '../../lib/sync/protocol';
import { FalseAlarms } from './false-alarms';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const totals: FeedbackTotals = {
  agents: 3,
  updatedAt: Date.UTC(2026, 11, 5, 9, 0),
  rules: [
    { rule: 'empathetic', dismissed: 0, unhelpful: 2, applied: 6, notified: 0, agents: 2 },
    { rule: 'legal', dismissed: 6, unhelpful: 0, applied: 0, notified: 2, agents: 3 },
    { rule: 'team-custom', dismissed: 1, unhelpful: 0, applied: 0, notified: 0, agents: 1 },
  ],
};

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('FalseAlarms', () => {
  it('lists each rule with its counts and false-alarm rate, most false alarms first, in a labelled table', () => {
    render(<FalseAlarms totals={totals} />);
    const section = screen.getByTestId('console-feedback');
    expect(section.getAttribute('data-agents')).toBe('3');
    expect(screen.getByRole('region', { name: 'False alarms per rule' })).toBe(section);
    const table = within(section).getByRole('table', { name: 'Verdicts per rule, most false alarms first' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rule', 'Dismissed', 'Not helpful', 'Applied', 'Lead notified', 'False-alarm rate']);
    const rows = screen.getAllByTestId('console-feedback-rule');
    expect(rows.map((r) => r.getAttribute('data-rule'))).toEqual(['legal', 'empathetic', 'team-custom']);
    expect(cells(rows[0]!)).toEqual(['Escalation: legal threat or claim', '6', '0', '0', '2', '75%']);
    expect(cells(rows[1]!)).toEqual(['Draft check: Empathetic', '0', '2', '6', '0', '25%']);
    expect(cells(rows[2]!)).toEqual(['team-custom', '1', '0', '0', '0', '100%']);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Escalation: legal threat or claim');
    expect(screen.getByTestId('console-feedback-agents').textContent).toBe('Agents sharing their counts: 3');
  });

  it('says when there is nothing yet', () => {
    render(<FalseAlarms totals={{ agents: 0, rules: [], updatedAt: null }} />);
    expect(screen.getByText(/No counts yet/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks Dutch', () => {
    setCatalog(nl);
    render(<FalseAlarms totals={totals} />);
    expect(screen.getByRole('heading').textContent).toBe('Loze alarmen per regel');
    const table = screen.getByRole('table', { name: 'Oordelen per regel, de meeste loze alarmen eerst' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Regel', 'Weggeklikt', 'Niet nuttig', 'Toegepast', 'Teamleider ingelicht', 'Aandeel loze alarmen']);
    const [legal, empathetic] = screen.getAllByTestId('console-feedback-rule');
    expect(legal!.querySelector('th')?.textContent).toBe('Escalatie: juridische dreiging of claim');
    expect(empathetic!.querySelector('th')?.textContent).toBe('Conceptcontrole: Empathisch');
    expect(screen.getByTestId('console-feedback-agents').textContent).toBe('Medewerkers die hun aantallen delen: 3');
  });

  it('shows nothing but the heading before the hub has answered', () => {
    render(<FalseAlarms totals={null} />);
    expect(screen.queryByTestId('console-feedback-agents')).toBeNull();
    expect(screen.getByText(/No counts yet/)).toBeTruthy();
  });
});
