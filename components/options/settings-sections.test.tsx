import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '@/lib/i18n';
import { agentSetting } from '@/lib/options/agent-setting';
import { privacySetting } from '@/lib/options/privacy-setting';
import { waitingSetting } from '@/lib/options/waiting-setting';
import { AgentSection } from './agent-section';
import { PrivacySection } from './privacy-section';
import { WaitingSection } from './waiting-section';

beforeEach(() => {
  agentSetting.setState(agentSetting.getInitialState(), true);
  privacySetting.setState(privacySetting.getInitialState(), true);
  waitingSetting.setState(waitingSetting.getInitialState(), true);
});

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const fill = (name: string, value: string) => fireEvent.change(screen.getByLabelText(name), { target: { value } });

describe('AgentSection', () => {
  it('saves the trimmed name under storage key agent', async () => {
    render(<AgentSection />);
    fill('Your name', '  Sam  ');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(await local('agent')).toEqual({ name: 'Sam' });
  });

  it('shows the stored name, in Dutch', async () => {
    setCatalog(nl);
    await fakeBrowser.storage.local.set({ agent: { name: 'Lotte' } });
    render(<AgentSection />);
    await waitFor(() => expect((screen.getByLabelText('Je naam') as HTMLInputElement).value).toBe('Lotte'));
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeTruthy();
  });
});

describe('PrivacySection', () => {
  it('reads the default, saves a valid retention, refuses one out of range', async () => {
    render(<PrivacySection />);
    const days = screen.getByLabelText('Keep chats on this computer for (days)') as HTMLInputElement;
    await waitFor(() => expect(days.value).toBe('7'));
    fill('Keep chats on this computer for (days)', '400');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('retention-days-result').textContent).toBe('Enter a whole number of days from 1 to 365.');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(await local('privacy')).toBeUndefined();
    fill('Keep chats on this computer for (days)', '30');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('retention-days-result').textContent).toBe('Saved.'));
    expect(await local('privacy')).toEqual({ retentionDays: 30, shareFeedbackCounts: true });
  });

  it('says what may be sent to the hub', () => {
    render(<PrivacySection />);
    const list = screen.getByTestId('sent-to-hub').textContent ?? '';
    expect(list).toContain('Knowledge-base sync');
    expect(list).toContain('only when you click “Notify team lead”');
    expect(list).toContain('only if you tick');
  });

  it('shares feedback counts by default, and stores the switch without touching the retention', async () => {
    await fakeBrowser.storage.local.set({ privacy: { retentionDays: 14 } });
    render(<PrivacySection />);
    const share = screen.getByRole('checkbox', { name: 'Share how often I mark suggestions as not helpful (counts only)' }) as HTMLInputElement;
    await waitFor(() => expect((screen.getByLabelText('Keep chats on this computer for (days)') as HTMLInputElement).value).toBe('14'));
    expect(share.checked).toBe(true);
    expect(screen.getByTestId('sent-to-hub').textContent).toContain('Numbers only, never chat text');
    fireEvent.click(share);
    await waitFor(() => expect(screen.getByTestId('share-feedback-result').textContent).toBe('Saved.'));
    expect(share.checked).toBe(false);
    expect(screen.getByTestId('retention-days-result').textContent).toBe('');
    expect(await local('privacy')).toEqual({ retentionDays: 14, shareFeedbackCounts: false });
  });

  it('names the feedback switch in Dutch', async () => {
    setCatalog(nl);
    await fakeBrowser.storage.local.set({ privacy: { retentionDays: 7, shareFeedbackCounts: false } });
    render(<PrivacySection />);
    const share = screen.getByRole('checkbox', { name: 'Delen hoe vaak ik suggesties als niet nuttig markeer (alleen aantallen)' }) as HTMLInputElement;
    await waitFor(() => expect(share.checked).toBe(false));
    expect(screen.getByTestId('sent-to-hub').textContent).toContain('Alleen aantallen');
  });

  it('forgets all local data only after the agent confirms', async () => {
    const forget = vi.fn(async () => ({ ok: true as const }));
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<PrivacySection forget={forget} confirm={confirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget all local data' }));
    expect(forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget all local data' }));
    await waitFor(() => expect(screen.getByTestId('forget-result').textContent).toBe('All local chat data was deleted.'));
    expect(forget).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]?.[0]).toContain('cannot be undone');
  });

  it('speaks Dutch', async () => {
    setCatalog(nl);
    render(<PrivacySection forget={async () => ({ ok: false, error: 'x' })} confirm={() => true} />);
    expect(screen.getByText('Wat naar de teamhub mag gaan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Alle lokale gegevens vergeten' }));
    await waitFor(() => expect(screen.getByTestId('forget-result').textContent).toBe('Tact kon de gegevens niet verwijderen: x'));
  });
});

describe('WaitingSection', () => {
  it('defaults to 60 seconds and saves the threshold under storage key waiting', async () => {
    render(<WaitingSection />);
    const seconds = screen.getByLabelText('Nudge me when a customer has waited (seconds)') as HTMLInputElement;
    await waitFor(() => expect(seconds.value).toBe('60'));
    expect(screen.getByText(/team lead sets a waiting time/)).toBeTruthy();
    fill('Nudge me when a customer has waited (seconds)', '90');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(await local('waiting')).toEqual({ nudgeAfterSeconds: 90 });
  });

  it('refuses a fraction, in Dutch', async () => {
    setCatalog(nl);
    render(<WaitingSection />);
    fill('Seintje als een klant heeft gewacht (seconden)', '1.5');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Vul een heel aantal seconden in van 10 tot 3[.,]600\.$/);
    expect(await local('waiting')).toBeUndefined();
  });
});
