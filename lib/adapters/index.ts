// The registry of helpdesk adapters: one import per adapter (test/unit/conventions.test.ts
// checks every file in this folder is listed and its id equals its file name).
import chatwoot from './chatwoot';
import type { HelpdeskAdapter } from './define-adapter';
import demo from './demo';
import intercom from './intercom';
import rocketChat from './rocket-chat';
import zammad from './zammad';
import zendesk from './zendesk';

export const ADAPTERS: readonly HelpdeskAdapter[] = [demo, zendesk, intercom, chatwoot, zammad, rocketChat];

/** The first adapter whose DOM signature the document shows. */
export function detectAdapter(doc: Document, adapters: readonly HelpdeskAdapter[] = ADAPTERS): HelpdeskAdapter | undefined {
  return adapters.find((adapter) => adapter.detect(doc));
}

/** The adapter whose SaaS domain this is, even when its DOM signature no longer matches. */
export function adapterForUrl(url: string, adapters: readonly HelpdeskAdapter[] = ADAPTERS): HelpdeskAdapter | undefined {
  return adapters.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}

/** A WebExtension match pattern (`https://*.zendesk.com/*`) against a URL; ports ignored. */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== target.protocol) return false;
  if (scheme === '*' && !/^https?:$/.test(target.protocol)) return false;
  const hostOk = host === '*' || (host.startsWith('*.') ? target.hostname === host.slice(2) || target.hostname.endsWith(host.slice(1)) : target.hostname === host);
  return hostOk && globToRegExp(path).test(target.pathname + target.search);
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}
