import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * PostgreSQL and Redis for the hub tests, started on loopback by scripts/services.sh (which
 * `.ci/run` makes sure is installed). Already-set DATABASE_URL / REDIS_URL are kept.
 */
export function ensureServices(): NodeJS.ProcessEnv {
  if (process.env.DATABASE_URL && process.env.REDIS_URL) return {};
  if (!existsSync('scripts/services.sh')) return {};
  const out = execFileSync('bash', ['scripts/services.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const env: NodeJS.ProcessEnv = {};
  for (const line of out.split('\n')) {
    const match = /^export (\w+)=['"]?([^'"]*)['"]?$/.exec(line.trim());
    if (match) env[match[1]!] = match[2];
  }
  return env;
}
