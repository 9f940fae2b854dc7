import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let override: Catalog | undefined;

interface I18nApi {
  getMessage?(key: string, subs?: string[]): string;
  getUILanguage?(): string;
}
/** The extension i18n API when running in an extension page; absent in plain Node tests. */
const i18nApi = (): I18nApi | undefined => (globalThis as { browser?: { i18n?: I18nApi } }).browser?.i18n;

/** Tests render components in a given language without a browser (`setCatalog(nl)`). */
export function setCatalog(catalog: Catalog | undefined): void {
  override = catalog;
}

/**
 * UI text in the browser's language, from `_locales` (English and Dutch). Outside an
 * extension page (unit tests) it falls back to the English catalogue.
 */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const values = subs.map(String);
  if (!override) {
    const text = fromBrowserCached(key, values);
    if (text) return text;
  }
  return format((override ?? (en as Catalog))[key], values);
}

/**
 * The browser's text for a key and its substitutions, remembered: a page's language does not
 * change while it is open, and each call into the extension API costs more than the render of
 * a message, while the panel asks for the same few dozen texts at every update.
 */
const browserTexts = new Map<string, string | undefined>();
const REMEMBERED_TEXTS = 2_000;
function fromBrowserCached(key: string, values: string[]): string | undefined {
  const id = values.length ? `${key}\u0000${values.join('\u0000')}` : key;
  if (browserTexts.has(id)) return browserTexts.get(id);
  const text = fromBrowser(() => i18nApi()?.getMessage?.(key, values));
  if (browserTexts.size >= REMEMBERED_TEXTS) browserTexts.clear();
  browserTexts.set(id, text);
  return text;
}

/** The same placeholder rules as chrome.i18n: $NAME$ → its `content`, $1..$9 → substitutions. */
function format(entry: Catalog[string] | undefined, subs: string[]): string {
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** The UI locale for number and time formatting. */
export function uiLocale(): string {
  return fromBrowser(() => i18nApi()?.getUILanguage?.()) ?? 'en';
}

/** The fake browser of unit tests throws for i18n: treat that like no browser at all. */
function fromBrowser(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
