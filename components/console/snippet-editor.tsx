import { CONSOLE_LIMITS } from '@/lib/console/console-limits';
import type { ActionOutcome } from '@/lib/console/outcome-store';
import type { SnippetDraft } from '@/lib/console/snippet-draft';
import { t } from '@/lib/i18n';
import { OutcomeMessage } from './outcome-message';
import { SnippetPreview } from './snippet-preview';

export interface SnippetEditorProps {
  draft: SnippetDraft;
  outcome: ActionOutcome;
  onChange(patch: Partial<SnippetDraft>): void;
  onPublish(): void;
  onDelete(): void;
  onClose(): void;
}

/** Title, Markdown body, tags, language and register variants, with the body's preview beside it. */
export function SnippetEditor({ draft, outcome, onChange, onPublish, onDelete, onClose }: SnippetEditorProps) {
  const busy = outcome.kind === 'busy';
  return (
    <section className="card editor" aria-labelledby="console-editor-title" data-testid="console-editor" data-snippet-id={draft.id}>
      <h2 id="console-editor-title">{draft.published ? t('consoleEditSnippet', draft.title) : t('consoleNewSnippetHeading')}</h2>
      <form
        className="editor__form"
        onSubmit={(e) => {
          e.preventDefault();
          onPublish();
        }}
      >
        <div className="field">
          <label htmlFor="console-title">{t('consoleFieldTitle')}</label>
          <input id="console-title" required maxLength={CONSOLE_LIMITS.snippetTitleChars} value={draft.title} onChange={(e) => onChange({ title: e.target.value })} />
        </div>
        {!draft.published && (
          <div className="field">
            <label htmlFor="console-id">{t('consoleFieldId')}</label>
            <input id="console-id" aria-describedby="console-id-hint" pattern="[\w.:\-]+" value={draft.id} onChange={(e) => onChange({ id: e.target.value })} />
            <p id="console-id-hint" className="hint">
              {t('consoleFieldIdHint')}
            </p>
          </div>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor="console-language">{t('consoleFieldLanguage')}</label>
            <select id="console-language" value={draft.language} onChange={(e) => onChange({ language: e.target.value === 'nl' ? 'nl' : 'en' })}>
              <option value="en">{t('consoleLanguageEn')}</option>
              <option value="nl">{t('consoleLanguageNl')}</option>
            </select>
          </div>
          <div className="field field--grow">
            <label htmlFor="console-tags">{t('consoleFieldTags')}</label>
            <input id="console-tags" aria-describedby="console-tags-hint" value={draft.tags} onChange={(e) => onChange({ tags: e.target.value })} />
            <p id="console-tags-hint" className="hint">
              {t('consoleFieldTagsHint')}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor="console-body">{t('consoleFieldBody')}</label>
          <textarea id="console-body" rows={10} aria-describedby="console-body-count" value={draft.body} onChange={(e) => onChange({ body: e.target.value })} />
          <p id="console-body-count" className={draft.body.length > CONSOLE_LIMITS.snippetBodyChars ? 'hint hint--over' : 'hint'}>
            {t('consoleCharCount', draft.body.length, CONSOLE_LIMITS.snippetBodyChars)}
          </p>
        </div>
        <h3 id="console-preview-title">{t('consolePreviewHeading')}</h3>
        <SnippetPreview markdown={draft.body} labelledBy="console-preview-title" />
        <div className="field">
          <label htmlFor="console-formal">{t('consoleFieldFormal')}</label>
          <textarea id="console-formal" rows={3} value={draft.formal} onChange={(e) => onChange({ formal: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="console-informal">{t('consoleFieldInformal')}</label>
          <textarea id="console-informal" rows={3} value={draft.informal} onChange={(e) => onChange({ informal: e.target.value })} />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} data-testid="console-publish">
            {t('consolePublish')}
          </button>
          {draft.published && (
            <button type="button" className="danger" disabled={busy} onClick={onDelete} data-testid="console-delete">
              {t('consoleDelete')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('consoleClose')}
          </button>
        </div>
        <OutcomeMessage outcome={outcome} testId="console-snippet-outcome" />
      </form>
    </section>
  );
}
