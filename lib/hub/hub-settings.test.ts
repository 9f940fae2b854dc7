import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHubConfig, readManagedPolicy, saveHubOptions } from './hub-settings';

describe('hub settings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('goes on without a policy when the browser never answers for managed storage', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}) as never);
    const started = Date.now();
    expect(await readManagedPolicy(50)).toEqual({});
    expect(Date.now() - started).toBeLessThan(1000);
    await saveHubOptions({ hubUrl: 'http://127.0.0.1:4000', token: 'tok' });
    const result = await readHubConfig();
    expect(result).toEqual({ config: { hubUrl: 'http://127.0.0.1:4000', token: 'tok', source: 'options' } });
  });

  it('lets a managed policy win when the browser has one', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ hubUrl: 'https://hub.example.com', team: 'support' } as never);
    await saveHubOptions({ hubUrl: 'http://127.0.0.1:4000', token: 'tok' });
    expect(await readHubConfig()).toEqual({ config: { hubUrl: 'https://hub.example.com', token: 'tok', team: 'support', source: 'managed' } });
  });

  it('reads a refused managed storage (Firefox without policies) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({});
  });
});
