import type { SyncChange } from './protocol';

export interface ChangeSummary {
  added: string[];
  updated: string[];
  removed: string[];
  settingsChanged: boolean;
  /** e.g. "Knowledge base updated: 2 added (Refund policy, Returns), 1 removed (Old prices)". */
  text: string;
}

const MAX_TITLES = 3;

function describe(count: number, verb: string, titles: string[]): string {
  const shown = titles.slice(0, MAX_TITLES).join(', ');
  const more = titles.length > MAX_TITLES ? `, +${titles.length - MAX_TITLES} more` : '';
  return `${count} ${verb} (${shown}${more})`;
}

/**
 * What an applied batch changed, for the "knowledge base updated" notice. `knownBefore` holds the
 * ids the local copy had before applying, to tell additions from edits; without it, every live
 * snippet counts as updated.
 */
export function summarizeChanges(changes: readonly SyncChange[], knownBefore?: ReadonlySet<string>): ChangeSummary {
  const added: string[] = [];
  const updated: string[] = [];
  const removed: string[] = [];
  let settingsChanged = false;
  for (const change of changes) {
    if (change.kind === 'settings') {
      settingsChanged = true;
      continue;
    }
    const { snippet } = change;
    if (snippet.deleted) removed.push(snippet.title);
    else if (knownBefore && !knownBefore.has(snippet.id)) added.push(snippet.title);
    else updated.push(snippet.title);
  }
  const parts = [
    added.length ? describe(added.length, 'added', added) : '',
    updated.length ? describe(updated.length, 'updated', updated) : '',
    removed.length ? describe(removed.length, 'removed', removed) : '',
  ].filter(Boolean);
  const kb = parts.length ? `Knowledge base updated: ${parts.join(', ')}` : '';
  const text = [kb, settingsChanged ? 'Team settings updated' : ''].filter(Boolean).join('. ');
  return { added, updated, removed, settingsChanged, text };
}
