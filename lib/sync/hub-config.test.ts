import { describe, expect, it } from 'vitest';
import { resolveHubConfig } from './hub-config';

describe('resolveHubConfig', () => {
  it('prefers managed policy over the options page, taking the token from options when the policy has none', () => {
    expect(
      resolveHubConfig({ hubUrl: 'https://hub.corp.example', team: 'support-nl' }, { hubUrl: 'https://elsewhere.example', token: 'tact_x' }),
    ).toEqual({ config: { hubUrl: 'https://hub.corp.example', team: 'support-nl', token: 'tact_x', source: 'managed' } });
  });

  it('uses the options page without a policy', () => {
    expect(resolveHubConfig(undefined, { hubUrl: 'http://127.0.0.1:8787', token: 'tact_y' })).toEqual({
      config: { hubUrl: 'http://127.0.0.1:8787', token: 'tact_y', source: 'options' },
    });
  });

  it.each([
    [undefined, undefined, 'not-configured'],
    [{ hubUrl: 'http://hub.example.com' }, { token: 't' }, 'insecure-url'],
    [{ hubUrl: 'not a url' }, { token: 't' }, 'invalid-url'],
    [{ hubUrl: 'javascript:alert(1)' }, { token: 't' }, 'invalid-url'],
    [{ hubUrl: 'https://hub.example.com' }, {}, 'missing-token'],
  ])('%o + %o → %s', (managed, options, problem) => {
    expect(resolveHubConfig(managed, options)).toEqual({ problem });
  });
});
