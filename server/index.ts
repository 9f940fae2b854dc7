/**
 * The hub's command line (run through tsx: `npm run hub -- <command>`).
 *   start [--port 8787] [--host 127.0.0.1] [--data-dir server/data] [--demo]
 *   token create --team T --role agent|lead|admin [--label NAME] | token revoke ID | token list [--team T]
 *   import --team T --format json|csv|markdown PATH      export --team T --format json|csv|markdown PATH
 * Environment: DATABASE_URL (PostgreSQL instead of the embedded store), REDIS_URL (several hub
 * processes), TLS_CERT / TLS_KEY (PEM files: serve https/wss), ALLOWED_ORIGINS (comma-separated
 * web origins allowed besides browser extensions), LOG_LEVEL.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { ROLES, type Role } from '../lib/sync/protocol';
import { createHub } from './app';
import { DEMO_TEAM, DEMO_TOKENS, seedDemo } from './demo/demo-team';
import { readSnippets, type SnippetFormat, writeSnippets } from './kb/snippet-files';
import { ensureTeam } from './auth/token-store';
import { type HubStorage, openStorage } from './storage/open-storage';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    'data-dir': { type: 'string', default: process.env.TACT_DATA_DIR ?? 'server/data' },
    demo: { type: 'boolean', default: false },
    team: { type: 'string' },
    role: { type: 'string' },
    label: { type: 'string' },
    format: { type: 'string', default: 'json' },
  },
});

const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
// A stalled Redis or database call must not take the hub down; the failing request reports itself.
process.on('unhandledRejection', (error) => log.error({ err: error }, 'unhandled rejection'));
const [command, subcommand, argument] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const requireFlag = (name: 'team' | 'role', value: string | undefined): string => value ?? fail(`--${name} is required`);

async function withStorage<T>(work: (storage: HubStorage) => Promise<T>): Promise<T> {
  const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL, dataDir: flags['data-dir'] });
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

async function start() {
  const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL, dataDir: flags['data-dir'] });
  if (flags.demo) await seedDemo(storage);
  const tls =
    process.env.TLS_CERT && process.env.TLS_KEY
      ? { cert: await readFile(process.env.TLS_CERT), key: await readFile(process.env.TLS_KEY) }
      : undefined;
  const hub = await createHub({
    storage,
    log,
    redisUrl: process.env.REDIS_URL,
    tls,
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(','),
  });
  const port = await hub.listen(Number(flags.port), flags.host);
  const scheme = tls ? 'https' : 'http';
  log.info({ url: `${scheme}://${flags.host}:${port}`, storage: storage.kind, redis: Boolean(process.env.REDIS_URL) }, 'hub listening');
  if (flags.demo) log.info({ team: DEMO_TEAM, leadToken: DEMO_TOKENS.lead, agentToken: DEMO_TOKENS.agent }, 'demo team ready');
  const stop = async () => {
    log.info('shutting down');
    await hub.close();
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.send?.({ type: 'listening', port });
}

async function token() {
  await withStorage(async (storage) => {
    if (subcommand === 'create') {
      const role = requireFlag('role', flags.role) as Role;
      if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      const created = await storage.tokens.create({ teamId: requireFlag('team', flags.team), role, label: flags.label ?? role });
      console.log(`token ${created.id} for team ${created.teamId} (${created.role}, ${created.label}):\n${created.token}`);
      console.error('Store it now: the hub keeps only its hash.');
    } else if (subcommand === 'revoke') {
      if (!argument) fail('usage: token revoke <token id>');
      console.log((await storage.tokens.revoke(argument)) ? `revoked ${argument}` : `no active token ${argument}`);
    } else if (subcommand === 'list') {
      console.table(await storage.tokens.list(flags.team));
    } else fail('usage: token create|revoke|list');
  });
}

function snippetFormat(): SnippetFormat {
  const { format } = flags;
  if (format !== 'json' && format !== 'csv' && format !== 'markdown') fail(`unknown --format ${format}: use json, csv or markdown`);
  return format;
}

async function importSnippets() {
  const teamId = requireFlag('team', flags.team);
  const path = subcommand ?? fail('usage: import --team T --format json|csv|markdown PATH');
  const snippets = await readSnippets(path, snippetFormat());
  await withStorage(async (storage) => {
    await ensureTeam(storage.db, teamId);
    // Publishes in batches: running hubs' agents pick the versions up at their next heartbeat.
    for (let i = 0; i < snippets.length; i += 500) {
      await storage.kb.publishSnippets({ actor: 'cli' }, teamId, { upserts: snippets.slice(i, i + 500), deletes: [] });
    }
    console.log(`imported ${snippets.length} snippets into team ${teamId} (now at version ${await storage.kb.latestVersion(teamId)})`);
  });
}

async function exportSnippets() {
  const teamId = requireFlag('team', flags.team);
  const path = subcommand ?? fail('usage: export --team T --format json|csv|markdown PATH');
  await withStorage(async (storage) => {
    const snippets = await storage.kb.currentSnippets(teamId);
    await writeSnippets(path, snippetFormat(), snippets);
    console.log(`exported ${snippets.length} snippets of team ${teamId} to ${path}`);
  });
}

const commands: Record<string, () => Promise<void>> = { start, token, import: importSnippets, export: exportSnippets };
const run = command ? commands[command] : undefined;
if (!run) fail('usage: hub start|token|import|export (see server/index.ts)');
run().catch((error: unknown) => {
  log.error({ err: error }, 'command failed');
  process.exit(1);
});
