import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import type { TeamSettings } from '../../lib/sync/protocol';
import { TeamSettingsForm } from './team-settings-form';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const settings: TeamSettings = {
  escalationThresholds: { legal: 40 },
  waitingTimeLimits: { replySeconds: 300 },
  helpdeskAdapters: [{ id: 'our-desk', name: 'Our desk', matches: ['https://desk.example.com/*'], selectors: { thread: '.thread', message: '.msg' } }],
};

describe('TeamSettingsForm', () => {
  it('edits thresholds, limits and adapters, and publishes what was entered', () => {
    const onPublish = vi.fn();
    render(<TeamSettingsForm settings={settings} outcome={{ kind: 'idle' }} onPublish={onPublish} />);
    expect((screen.getByLabelText('Signal') as HTMLInputElement).value).toBe('legal');
    fireEvent.change(screen.getByLabelText('Score'), { target: { value: '55' } });
    fireEvent.change(screen.getByLabelText('First reply within (seconds)'), { target: { value: '90' } });
    const adapter = screen.getByTestId('console-adapter');
    expect(screen.getByRole('group', { name: 'Our desk' })).toBe(adapter);
    fireEvent.change(within(adapter).getByLabelText('Reply box selector (optional)'), { target: { value: 'textarea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a threshold' }));
    fireEvent.change(screen.getAllByLabelText('Signal')[1]!, { target: { value: 'safety' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish team settings' }));
    expect(onPublish).toHaveBeenCalledWith({
      escalationThresholds: { legal: 55, safety: 50 },
      waitingTimeLimits: { firstReplySeconds: 90, replySeconds: 300 },
      helpdeskAdapters: [{ id: 'our-desk', name: 'Our desk', matches: ['https://desk.example.com/*'], selectors: { thread: '.thread', message: '.msg', composer: 'textarea' } }],
    });
  });

  it('removes rows, adds an adapter, and speaks Dutch', () => {
    setCatalog(nl);
    const onPublish = vi.fn();
    render(<TeamSettingsForm settings={settings} outcome={{ kind: 'error', text: 'Mislukt: x' }} onPublish={onPublish} />);
    fireEvent.click(screen.getByRole('button', { name: 'Drempel legal verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Our desk verwijderen' }));
    expect(screen.getByText('Nog geen koppelingen voor het team.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Koppeling toevoegen' }));
    expect(screen.getByRole('group', { name: 'Koppeling 1' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Mislukt: x');
  });
});
