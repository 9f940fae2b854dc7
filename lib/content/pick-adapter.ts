import { ADAPTERS, adapterForUrl, detectAdapter, matchesPattern } from '../adapters/index';
import type { HelpdeskAdapter } from '../adapters/define-adapter';
import type { UserAdapterSpec } from '../options/user-adapter-spec';
import { buildUserAdapter } from './user-adapter';

/** The user's own adapters for this URL come first: they were written for exactly this site. */
export function pickAdapter(doc: Document, url: string, userSpecs: readonly UserAdapterSpec[]): HelpdeskAdapter | undefined {
  const own = userSpecs.filter((spec) => spec.sites.some((site) => matchesPattern(site, url))).map(buildUserAdapter);
  return detectAdapter(doc, own) ?? detectAdapter(doc, ADAPTERS);
}

/** On a known SaaS domain, the adapter that should have matched (for the health report). */
export function expectedAdapter(url: string): HelpdeskAdapter | undefined {
  return adapterForUrl(url);
}
