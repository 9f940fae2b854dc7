import { t } from '@/lib/i18n';
import type { Snippet } from '@/lib/sync/protocol';

export interface SnippetListProps {
  /** Already filtered by the query. */
  snippets: Snippet[];
  total: number;
  query: string;
  selectedId: string | undefined;
  onQuery(query: string): void;
  onSelect(id: string): void;
  onNew(): void;
}

export function SnippetList({ snippets, total, query, selectedId, onQuery, onSelect, onNew }: SnippetListProps) {
  return (
    <section className="card snippet-list" aria-labelledby="console-snippets-title">
      <div className="card__header">
        <h2 id="console-snippets-title">{t('consoleSnippetsHeading')}</h2>
        <button type="button" onClick={onNew} data-testid="console-new-snippet">
          {t('consoleNewSnippet')}
        </button>
      </div>
      <label htmlFor="console-search">{t('consoleSearchLabel')}</label>
      <input id="console-search" type="search" value={query} onChange={(e) => onQuery(e.target.value)} />
      <p className="muted" role="status">
        {t('consoleSnippetCount', snippets.length, total)}
      </p>
      <ul className="snippet-list__items">
        {snippets.map((s) => (
          <li key={s.id}>
            <button type="button" className="snippet-list__item" aria-current={s.id === selectedId ? 'true' : undefined} data-testid="console-snippet" data-snippet-id={s.id} onClick={() => onSelect(s.id)}>
              <span className="snippet-list__title">{s.title}</span>
              <span className="snippet-list__meta">
                {s.language.toUpperCase()}
                {s.tags.length > 0 ? ` · ${s.tags.join(', ')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
