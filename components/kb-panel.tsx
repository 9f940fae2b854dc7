import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { KbHit } from '@/lib/kb/types';
import { KbHitItem } from './kb-hit-item';

export interface KbPanelProps {
  suggestions: KbHit[];
  query: string;
  results: KbHit[] | null;
  onQuery(query: string): void;
  onInsert(snippetId: string): void;
}

/** Suggestions that answer the customer, and the agent's own search. */
export function KbPanel({ suggestions, query, results, onQuery, onInsert }: KbPanelProps) {
  const searchId = useId();
  const shown = query.trim() ? results : suggestions;
  return (
    <section className="kb" aria-labelledby={`${searchId}-heading`}>
      <h2 id={`${searchId}-heading`}>{query.trim() ? t('kbHeading') : t('kbSuggestionsHeading')}</h2>
      <label htmlFor={searchId} className="sr-only">
        {t('kbSearchLabel')}
      </label>
      <input id={searchId} type="search" data-testid="kb-search" value={query} placeholder={t('kbSearchPlaceholder')} onChange={(e) => onQuery(e.target.value)} />
      {shown && shown.length > 0 ? (
        <ul className="kb__hits">
          {shown.map((hit) => (
            <KbHitItem key={hit.snippetId} hit={hit} onInsert={onInsert} />
          ))}
        </ul>
      ) : (
        <p className="kb__none">{query.trim() ? (results === null ? '…' : t('kbNoResults')) : t('kbNoSuggestion')}</p>
      )}
    </section>
  );
}
