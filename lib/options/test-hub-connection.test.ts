// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSocketFactory, openTestStorage, type RunningHub, startHub, tokenFor, uniqueTeam } from '../../server/test-support/hub-harness';
import { testHubConnection } from './test-hub-connection';

// A real hub (embedded storage) in this process, reached the way the options page reaches it.
let hub: RunningHub;
let token: string;

beforeAll(async () => {
  const storage = await openTestStorage('embedded');
  hub = await startHub(storage);
  token = (await tokenFor(storage, uniqueTeam('options'), 'agent')).token;
});

afterAll(async () => {
  await hub?.hub.close();
});

describe('testHubConnection', () => {
  it('connects with a good token', async () => {
    expect(await testHubConnection(hub.url, token, nodeSocketFactory())).toEqual({ outcome: 'connected' });
  });

  it("gives the hub's reason for a wrong token", async () => {
    const result = await testHubConnection(hub.url, 'not-a-token', nodeSocketFactory());
    expect(result.outcome).toBe('refused');
    if (result.outcome === 'refused') expect(result.reason.length).toBeGreaterThan(0);
  });

  it('reports a closed port as unreachable, well within the timeout', async () => {
    const started = Date.now();
    expect(await testHubConnection('http://127.0.0.1:9', token, nodeSocketFactory())).toEqual({ outcome: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on a silent address after the timeout', async () => {
    const silent = (() => ({ once() {}, off() {}, disconnect() {} })) as unknown as Parameters<typeof testHubConnection>[2];
    expect(await testHubConnection('https://hub.example', token, silent, 50)).toEqual({ outcome: 'unreachable' });
  });
});
