import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '@/lib/i18n';
import { createHubForm } from '@/lib/options/hub-form';
import type { ConnectionTest } from '@/lib/options/test-hub-connection';
import { HubSection } from './hub-section';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
  vi.restoreAllMocks();
});

const storedHub = async () => (await fakeBrowser.storage.local.get('hub')).hub;
const fill = (name: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(name), { target: { value } });
const setup = (result: ConnectionTest) => {
  const testConnection = vi.fn(async () => result);
  render(<HubSection store={createHubForm({ testConnection })} />);
  return testConnection;
};

describe('HubSection', () => {
  it('tests the hub and saves only when it let us in', async () => {
    const testConnection = setup({ outcome: 'connected' });
    fill('Hub address', 'https://hub.example.com');
    fill('Access token', 'tok-1');
    fill('Team (optional)', 'support');
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Connected to the hub, and saved'));
    expect(testConnection).toHaveBeenCalledWith('https://hub.example.com', 'tok-1');
    expect(await storedHub()).toEqual({ hubUrl: 'https://hub.example.com', token: 'tok-1', team: 'support' });
  });

  it("says the hub's reason and saves nothing when refused", async () => {
    setup({ outcome: 'refused', reason: 'unknown token' });
    fill('Hub address', 'https://hub.example.com');
    fill('Access token', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: the hub refused the connection (unknown token).'));
    expect(await storedHub()).toBeUndefined();
  });

  it('refuses an insecure address without trying it, and says why', async () => {
    const testConnection = setup({ outcome: 'connected' });
    fill('Hub address', 'http://example.com');
    fill('Access token', 'tok');
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('must start with https://'));
    expect(testConnection).not.toHaveBeenCalled();
    expect(await storedHub()).toBeUndefined();
  });

  it('shows and hides the token, and removes the hub', async () => {
    await fakeBrowser.storage.local.set({ hub: { hubUrl: 'https://hub.example.com', token: 'secret' } });
    setup({ outcome: 'connected' });
    const token = screen.getByLabelText('Access token') as HTMLInputElement;
    await waitFor(() => expect(token.value).toBe('secret'));
    expect(token.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show token' }));
    expect(token.type).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide token' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Remove hub' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Hub removed'));
    expect(await storedHub()).toBeUndefined();
    expect(token.value).toBe('');
  });

  it('keeps what the agent typed while the stored settings were still loading', async () => {
    await fakeBrowser.storage.local.set({ hub: { hubUrl: 'https://old.example.com', token: 'old' } });
    let answerPolicy: (policy: object) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answerPolicy = resolve)) as never);
    const form = createHubForm({ testConnection: async () => ({ outcome: 'connected' }) });
    const loading = form.getState().load();
    form.getState().edit('hubUrl', 'https://new.example.com');
    answerPolicy({});
    await loading;
    expect(form.getState().values).toMatchObject({ hubUrl: 'https://new.example.com', token: 'old' });
  });

  it("shows the organisation's hub read-only, in Dutch", async () => {
    setCatalog(nl);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ hubUrl: 'https://hub.org.example', team: 'nl-support' } as never);
    setup({ outcome: 'unreachable' });
    await waitFor(() => expect((screen.getByLabelText('Adres van de hub') as HTMLInputElement).value).toBe('https://hub.org.example'));
    expect(screen.getByTestId('hub-managed').textContent).toContain('ingesteld door je organisatie');
    expect((screen.getByLabelText('Adres van de hub') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Team (optioneel)') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Toegangstoken') as HTMLInputElement).readOnly).toBe(false);
    expect(screen.queryByRole('button', { name: 'Hub verwijderen' })).toBeNull();
    fill('Toegangstoken', 'tok');
    fireEvent.click(screen.getByRole('button', { name: 'Testen en opslaan' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('antwoordde niet binnen 5 seconden'));
  });
});
