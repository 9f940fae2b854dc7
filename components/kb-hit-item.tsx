import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { KbHit } from '@/lib/kb/types';
import { SnippetPreview } from './snippet-preview';

export interface KbHitItemProps {
  hit: KbHit;
  onInsert(snippetId: string): void;
}

/** One knowledge-base answer: its title, why it matched, a preview, and one-click insert. */
export function KbHitItem({ hit, onInsert }: KbHitItemProps) {
  const [open, setOpen] = useState(false);
  return (
    <li className="kb-hit" data-testid="kb-suggestion" data-snippet-id={hit.snippetId}>
      <div className="kb-hit__head">
        <span className="kb-hit__title">{hit.title}</span>
        <span className="kb-hit__confidence">{t('kbConfidence', `${Math.round(hit.confidence * 100)}%`)}</span>
      </div>
      {hit.matched.length > 0 && <p className="kb-hit__why">{t('kbMatched', hit.matched.join(', '))}</p>}
      <div className="kb-hit__actions">
        <button type="button" data-testid="insert-snippet" aria-label={t('kbInsertNamed', hit.title)} onClick={() => onInsert(hit.snippetId)}>
          {t('kbInsert')}
        </button>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('kbHidePreview') : t('kbPreview')}
        </button>
      </div>
      {open && <SnippetPreview snippetId={hit.snippetId} />}
    </li>
  );
}
