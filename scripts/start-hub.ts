import { join } from 'node:path';
import { pino } from 'pino';
import { createHub } from '../server/app';
import { DEMO_TEAM, DEMO_TOKENS, seedDemo } from '../server/demo/demo-team';
import { openStorage } from '../server/storage/open-storage';

export interface DemoHub {
  url: string;
  team: string;
  agentToken: string;
  leadToken: string;
  close(): Promise<void>;
}

/**
 * The hub for `npm start`: embedded storage (PGlite) in a data folder, the demo team with its
 * knowledge base and public demo tokens. Never expose it beyond this machine.
 */
export async function startHubForDemo(dataDir: string, port = Number(process.env.HUB_PORT ?? 8787)): Promise<DemoHub> {
  const storage = await openStorage({ dataDir: join(dataDir, 'hub') });
  await seedDemo(storage);
  const hub = await createHub({ storage, log: pino({ level: 'warn' }) });
  const actual = await hub.listen(port, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${actual}`,
    team: DEMO_TEAM,
    agentToken: DEMO_TOKENS.agent,
    leadToken: DEMO_TOKENS.lead,
    close: async () => {
      await hub.close();
      await storage.close();
    },
  };
}
