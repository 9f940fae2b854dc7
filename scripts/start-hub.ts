import { existsSync } from 'node:fs';

export interface DemoHub {
  url: string;
  tokens: string;
  close(): Promise<void>;
}

/** Starts the hub on embedded storage for `npm start`, once the hub exists (server/). */
export async function startHubForDemo(_dataDir: string): Promise<DemoHub | undefined> {
  if (!existsSync('server/index.ts')) return undefined;
  return undefined;
}
