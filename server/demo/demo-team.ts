import { readFile } from 'node:fs/promises';
import type { HubStorage } from '../storage/open-storage';
import { parseSnippetText } from '../kb/snippet-files';

/**
 * Well-known tokens for the demo team, so that `npm run hub:dev` and the extension's demo work
 * without a setup step. They are public: never start a hub reachable by others with `--demo`.
 */
export const DEMO_TEAM = 'demo';
export const DEMO_TOKENS = {
  lead: 'tact_de00000000000001_demo-lead-token--public-never-in-production',
  agent: 'tact_de00000000000002_demo-agent-token-public-never-in-production',
} as const;

export async function seedDemo(storage: HubStorage): Promise<void> {
  await storage.tokens.createKnown({ token: DEMO_TOKENS.lead, teamId: DEMO_TEAM, role: 'lead', label: 'demo lead' });
  await storage.tokens.createKnown({ token: DEMO_TOKENS.agent, teamId: DEMO_TEAM, role: 'agent', label: 'demo agent' });
  if ((await storage.kb.latestVersion(DEMO_TEAM)) > 0) return;
  // The same demo knowledge base the extension ships (one home for it), so a demo hub replaces
  // the extension's copy with identical content.
  const snippets = parseSnippetText(await readFile(new URL('../../lib/kb/demo/demo-kb.json', import.meta.url), 'utf8'), 'json', 'demo-kb.json');
  await storage.kb.publishSnippets({ actor: 'demo-seed' }, DEMO_TEAM, { upserts: snippets, deletes: [] });
  await storage.kb.publishSettings({ actor: 'demo-seed' }, DEMO_TEAM, {
    escalationThresholds: { frustration: 70, 'churn-risk': 60 },
    waitingTimeLimits: { firstReplySeconds: 60, replySeconds: 180 },
    helpdeskAdapters: [],
  });
}
