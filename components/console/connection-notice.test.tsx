import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import { ConnectionNotice } from './connection-notice';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

describe('ConnectionNotice', () => {
  it('sends the lead to the options page when no hub is set up', () => {
    const onOpenOptions = vi.fn();
    render(<ConnectionNotice connection={{ state: 'not-configured', problem: 'not-configured' }} hubRole="unknown" onOpenOptions={onOpenOptions} />);
    expect(screen.getByRole('alert').textContent).toContain('No team hub is set up yet');
    fireEvent.click(screen.getByRole('button', { name: 'Open the options page' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('says plainly that an agent token cannot run the console, and why a hub refused', () => {
    const { rerender } = render(<ConnectionNotice connection={{ state: 'connected' }} hubRole="not-lead" onOpenOptions={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('belongs to an agent, not a team lead');
    rerender(<ConnectionNotice connection={{ state: 'refused', error: 'invalid token' }} hubRole="unknown" onOpenOptions={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('The team hub refused the connection: invalid tokenOpen the options page');
    rerender(<ConnectionNotice connection={{ state: 'connected' }} hubRole="lead" onOpenOptions={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Connected to the team hub.');
  });

  it('speaks Dutch', () => {
    setCatalog(nl);
    render(<ConnectionNotice connection={{ state: 'not-configured', problem: 'insecure-url' }} hubRole="unknown" onOpenOptions={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('moet https gebruiken');
    expect(screen.getByRole('button', { name: 'Optiepagina openen' })).toBeTruthy();
  });
});
