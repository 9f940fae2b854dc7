/**
 * Where the extension finds its hub. An organisation pre-configures every agent's extension
 * through the browser's managed-policy storage (`browser.storage.managed`, schema in
 * managed-schema.json); agents of a team without policies enter the same fields on the options
 * page. Managed values win: an agent cannot point a managed extension at another hub.
 */
export interface HubConfig {
  hubUrl: string;
  token: string;
  team?: string;
  source: 'managed' | 'options';
}

export type HubConfigProblem = 'not-configured' | 'insecure-url' | 'invalid-url' | 'missing-token';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkUrl(raw: string): HubConfigProblem | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid-url';
  }
  if (url.protocol === 'https:' || url.protocol === 'wss:') return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'ws:') && LOOPBACK.has(url.hostname)) return undefined;
  return url.protocol === 'http:' || url.protocol === 'ws:' ? 'insecure-url' : 'invalid-url';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * Picks the managed settings when they name a hub, else the options page's. Tokens are per
 * agent, so a policy may set only hubUrl and team and leave the token to the options page.
 */
export function resolveHubConfig(
  managed: Record<string, unknown> | undefined,
  options: Record<string, unknown> | undefined,
): { config: HubConfig } | { problem: HubConfigProblem } {
  const managedUrl = text(managed?.hubUrl);
  const source = managedUrl ? 'managed' : 'options';
  const hubUrl = managedUrl ?? text(options?.hubUrl);
  if (!hubUrl) return { problem: 'not-configured' };
  const problem = checkUrl(hubUrl);
  if (problem) return { problem };
  const token = text(managed?.token) ?? text(options?.token);
  if (!token) return { problem: 'missing-token' };
  const team = text(managed?.team) ?? text(options?.team);
  return { config: { hubUrl, token, source, ...(team ? { team } : {}) } };
}
