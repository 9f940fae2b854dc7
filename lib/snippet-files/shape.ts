import type { SnippetInput } from '../sync/protocol';

/**
 * Reads one imported record into the shape the hub accepts, or throws saying which field is
 * wrong. Only the shape is checked here; the hub's schema stays the authority on sizes and ids
 * and its refusals are shown as they come.
 */
export function toSnippetInput(raw: unknown, where: string): SnippetInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${where}: not an object`);
  const record = raw as Record<string, unknown>;
  const text = (field: string, required: boolean): string | undefined => {
    const value = record[field];
    if (value === undefined || value === null) {
      if (required) throw new Error(`${where}: ${field} is missing`);
      return undefined;
    }
    if (typeof value !== 'string') throw new Error(`${where}: ${field} must be text`);
    return value;
  };
  const id = text('id', true)!.trim();
  const title = text('title', true)!.trim();
  if (!id) throw new Error(`${where}: id is empty`);
  if (!title) throw new Error(`${where}: title is empty`);
  const language = record.language;
  if (language !== 'en' && language !== 'nl') throw new Error(`${where}: language must be "en" or "nl"`);
  const tags = record.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) throw new Error(`${where}: tags must be a list of text`);
  const variants = readVariants(record.variants, where);
  return {
    id,
    title,
    body: text('body', false) ?? '',
    tags: tags.map((tag) => tag.trim()).filter(Boolean),
    language,
    ...(variants ? { variants } : {}),
  };
}

function readVariants(raw: unknown, where: string): SnippetInput['variants'] {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${where}: variants must be an object`);
  const { formal, informal, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new Error(`${where}: variants may hold only formal and informal`);
  if ((formal !== undefined && typeof formal !== 'string') || (informal !== undefined && typeof informal !== 'string')) throw new Error(`${where}: variants must be text`);
  return compactVariants(formal, informal);
}

/** Variants without empty entries, or undefined when none is left. */
export function compactVariants(formal: string | undefined, informal: string | undefined): SnippetInput['variants'] {
  const variants = { ...(formal ? { formal } : {}), ...(informal ? { informal } : {}) };
  return Object.keys(variants).length > 0 ? variants : undefined;
}

/** What exports hold: the fields an import reads, none of the hub's bookkeeping. */
export function exportable(snippet: SnippetInput): SnippetInput {
  const { id, title, body, tags, language, variants } = snippet;
  return { id, title, body, tags: tags ?? [], language, ...(variants ? { variants } : {}) };
}
