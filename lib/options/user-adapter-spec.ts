/**
 * A helpdesk adapter the user defines in the options page: selectors only, no code. Stored in
 * `storage.local` under `userAdapters` and exported/imported as JSON so a team lead can hand
 * it to the team. Validated by hand (the content script carries no zod).
 */
export interface UserAdapterSpec {
  /** `user-<slug>`: never collides with a built-in adapter's id. */
  id: string;
  name: string;
  version: number;
  /** Match patterns of the pages it applies to, e.g. `https://support.example.com/*`. */
  sites: string[];
  selectors: UserSelectors;
}

export interface UserSelectors {
  thread: string;
  message: string;
  composer: string;
  /** Inside a message: its text (default: the whole message). */
  text?: string;
  /** Inside a message: its time (`datetime`/`title` attribute or text). */
  time?: string;
  /** A message matching (or containing a match for) these has that role. */
  customer?: string;
  agent?: string;
  bot?: string;
  system?: string;
  note?: string;
  /** Attribute names: the message's id, and the conversation's id on the thread or an ancestor. */
  messageIdAttribute?: string;
  conversationIdAttribute?: string;
}

export const SELECTOR_FIELDS = ['thread', 'message', 'composer', 'text', 'time', 'customer', 'agent', 'bot', 'system', 'note'] as const;
const ATTRIBUTE_FIELDS = ['messageIdAttribute', 'conversationIdAttribute'] as const;
const REQUIRED = ['thread', 'message', 'composer'] as const;
export const EXPORT_KIND = 'tact-user-adapters';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseUserAdapter(raw: unknown, doc: Document = document): Parsed<UserAdapterSpec> {
  if (!isRecord(raw)) return fail('an adapter must be an object');
  const name = typeof raw.name === 'string' ? raw.name.trim().slice(0, 80) : '';
  if (!name) return fail('the adapter needs a name');
  const sites = Array.isArray(raw.sites) ? raw.sites.filter((s): s is string => typeof s === 'string' && /^(https?|\*):\/\/[^/\s]+\/\S*$/.test(s)).slice(0, 20) : [];
  if (sites.length === 0) return fail(`"${name}" needs at least one site such as https://support.example.com/*`);
  if (!isRecord(raw.selectors)) return fail(`"${name}" has no selectors`);
  const selectors: Record<string, string> = {};
  for (const field of [...SELECTOR_FIELDS, ...ATTRIBUTE_FIELDS]) {
    const value = raw.selectors[field];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || value.length > 500) return fail(`"${field}" must be text`);
    if ((SELECTOR_FIELDS as readonly string[]).includes(field) && !isSelector(value, doc)) return fail(`"${field}" is not a valid CSS selector: ${value}`);
    if ((ATTRIBUTE_FIELDS as readonly string[]).includes(field) && !/^[\w:-]+$/.test(value)) return fail(`"${field}" must be an attribute name`);
    selectors[field] = value.trim();
  }
  for (const field of REQUIRED) if (!selectors[field]) return fail(`"${name}" needs a ${field} selector`);
  const version = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > 0 ? raw.version : 1;
  return { ok: true, value: { id: `user-${slug(typeof raw.id === 'string' && raw.id ? raw.id.replace(/^user-/, '') : name)}`, name, version, sites, selectors: selectors as unknown as UserSelectors } };
}

/** The JSON a team lead hands out: `{ kind, adapters: [...] }`, or a bare list or one adapter. */
export function parseUserAdapterFile(json: string, doc: Document = document): Parsed<UserAdapterSpec[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('the file is not JSON');
  }
  const list = isRecord(raw) && Array.isArray(raw.adapters) ? raw.adapters : Array.isArray(raw) ? raw : [raw];
  const adapters: UserAdapterSpec[] = [];
  for (const item of list.slice(0, 50)) {
    const parsed = parseUserAdapter(item, doc);
    if (!parsed.ok) return parsed;
    adapters.push(parsed.value);
  }
  return { ok: true, value: adapters };
}

export function exportUserAdapters(adapters: UserAdapterSpec[]): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: 1, adapters }, null, 2);
}

function isSelector(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'adapter';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
