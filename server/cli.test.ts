// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openStorage } from './storage/open-storage';
import { tempDir } from './test-support/hub-harness';

const run = promisify(execFile);
const hub = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/index.ts', ...args, '--data-dir', dataDir], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' },
  });

describe('hub command line (embedded storage)', () => {
  it('creates a working token, imports a CSV and exports it back as Markdown', async () => {
    const dataDir = await tempDir('tact-cli-');
    const created = await hub(dataDir, 'token', 'create', '--team', 'cli-team', '--role', 'lead', '--label', 'Anna');
    const token = created.stdout.match(/tact_[a-f0-9]{16}_[\w-]{43}/)?.[0];
    expect(token).toBeDefined();

    const csv = join(dataDir, 'kb.csv');
    await writeFile(csv, 'id,title,body,tags,language\nwelcome,Welcome,"Hello, **there**",greeting|intro,en\n');
    expect((await hub(dataDir, 'import', csv, '--team', 'cli-team', '--format', 'csv')).stdout).toContain('imported 1 snippets');
    const out = join(dataDir, 'export');
    await hub(dataDir, 'export', out, '--team', 'cli-team', '--format', 'markdown');
    expect(await readFile(join(out, 'welcome.md'), 'utf8')).toContain('Hello, **there**');

    const storage = await openStorage({ dataDir });
    try {
      expect(await storage.tokens.verify(token ?? '')).toMatchObject({ teamId: 'cli-team', role: 'lead', label: 'Anna' });
      expect((await storage.audit.recent('cli-team')).map((e) => e.action)).toEqual(['kb:publish', 'token:create']);
    } finally {
      await storage.close();
    }
  }, 90_000);
});
