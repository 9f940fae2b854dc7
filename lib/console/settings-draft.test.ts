import { describe, expect, it } from 'vitest';
import { teamSettingsSchema, type TeamSettings } from '../sync/protocol';
import { draftToSettings, emptyAdapter, settingsToDraft } from './settings-draft';

const settings: TeamSettings = {
  escalationThresholds: { legal: 40, 'churn-risk': 65 },
  waitingTimeLimits: { firstReplySeconds: 120 },
  helpdeskAdapters: [{ id: 'our-desk', name: 'Our desk', matches: ['https://desk.example.com/*', 'https://*.desk.example.com/*'], selectors: { thread: '.thread', message: '.msg', composer: 'textarea' } }],
};

describe('settings drafts', () => {
  it('round-trip team settings through the form, and the hub’s schema accepts the result', () => {
    const back = draftToSettings(settingsToDraft(settings));
    expect(back).toEqual(settings);
    expect(teamSettingsSchema.parse(back)).toEqual(settings);
  });

  it('treat empty fields as unset and drop threshold rows without a signal', () => {
    const draft = settingsToDraft(null);
    draft.thresholds.push({ signal: ' ', score: '10' }, { signal: 'safety', score: '25' });
    draft.replySeconds = '300';
    draft.adapters.push({ ...emptyAdapter(), id: 'x', name: 'X', matches: 'https://x.example/*\n\n', thread: '#t', message: '.m' });
    expect(draftToSettings(draft)).toEqual({
      escalationThresholds: { safety: 25 },
      waitingTimeLimits: { replySeconds: 300 },
      helpdeskAdapters: [{ id: 'x', name: 'X', matches: ['https://x.example/*'], selectors: { thread: '#t', message: '.m' } }],
    });
  });
});
