import { useEffect, useMemo, useState } from 'react';
import { type MessageKey, t, uiLocale } from '@/lib/i18n';
import type { AdapterPreview } from '@/lib/content/preview-adapter';
import { type PreviewTab, previewOnTab, previewTabs } from '@/lib/options/preview-client';
import { enableSite, sitePattern } from '@/lib/options/site-access';
import { parseUserAdapter } from '@/lib/options/user-adapter-spec';
import { saveUserAdapters } from '@/lib/options/user-adapters-store';
import { enableSiteErrorText } from './enable-site-error';

// Field, its label's message key, and an example selector (code, not prose: never translated).
const FIELDS = [
  ['thread', 'optionsSelectorThread', '.feed'],
  ['message', 'optionsSelectorMessage', '.entry'],
  ['text', 'optionsSelectorText', '.body'],
  ['time', 'optionsSelectorTime', 'time'],
  ['customer', 'optionsSelectorCustomer', '.from-client'],
  ['agent', 'optionsSelectorAgent', '.from-staff'],
  ['note', 'optionsSelectorNote', '.memo'],
  ['system', 'optionsSelectorSystem', '.log'],
  ['composer', 'optionsSelectorComposer', 'textarea#answer'],
  ['conversationIdAttribute', 'optionsSelectorConversationId', 'data-ticket'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey, string]>;
const ROLE_KEYS: Record<string, MessageKey> = { customer: 'roleCustomer', agent: 'roleAgent', bot: 'roleBot', system: 'roleSystem', note: 'roleNote' };
type Field = (typeof FIELDS)[number][0];

/** Define an adapter by selectors, see live what it matches on an open page, and save it. */
export function AdapterEditor({ onSaved }: { onSaved(): void }) {
  const [tabs, setTabs] = useState<PreviewTab[]>([]);
  const [tabId, setTabId] = useState<number | undefined>();
  const [name, setName] = useState('');
  const [selectors, setSelectors] = useState<Partial<Record<Field, string>>>({});
  const [preview, setPreview] = useState<AdapterPreview | null>(null);
  const [status, setStatus] = useState('');
  const tab = tabs.find((t) => t.id === tabId);
  const site = tab ? sitePattern(tab.url) : null;
  const spec = useMemo(() => ({ name: name || t('optionsAdapterDefaultName'), sites: site ? [site] : [], selectors }), [name, site, selectors]);
  const ready = tabId !== undefined && !!selectors.thread && !!selectors.message && !!selectors.composer;

  useEffect(() => {
    void previewTabs().then((list) => {
      setTabs(list);
      setTabId((current) => current ?? list[0]?.id);
    });
  }, []);

  // Live preview: ask the page again shortly after each change to the selectors.
  useEffect(() => {
    if (!ready || tabId === undefined) return;
    const timer = setTimeout(() => void previewOnTab(tabId, spec).then(setPreview), 200);
    return () => clearTimeout(timer);
  }, [ready, spec, tabId]);

  const save = async () => {
    const parsed = parseUserAdapter(spec);
    if (!parsed.ok) return setStatus(parsed.error);
    // Tact must be allowed on the site for the adapter to run there (asks once, on this click).
    const access = await enableSite(parsed.value.sites[0] ?? '');
    if (!access.ok) return setStatus(enableSiteErrorText(access.error));
    await saveUserAdapters([parsed.value]);
    setStatus(t('optionsAdapterSaved', parsed.value.name));
    onSaved();
  };

  return (
    <form
      data-testid="adapter-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        {t('optionsAdapterPreviewTab')}
        <select data-testid="preview-tab" value={tabId ?? ''} onChange={(e) => setTabId(Number(e.target.value))}>
          {tabs.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title} — {t.url}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('optionsAdapterName')}
        <input data-testid="adapter-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="grid">
        {FIELDS.map(([field, label, example]) => (
          <label key={field}>
            {t(label)}
            <input data-testid={`selector-${field}`} placeholder={example} value={selectors[field] ?? ''} onChange={(e) => setSelectors({ ...selectors, [field]: e.target.value })} />
          </label>
        ))}
      </div>
      <PreviewResult preview={ready ? preview : null} />
      <button type="submit" data-testid="adapter-save">
        {t('optionsAdapterSave')}
      </button>{' '}
      <span role="status">{status}</span>
    </form>
  );
}

function PreviewResult({ preview }: { preview: AdapterPreview | null }) {
  if (!preview) return <p className="preview">{t('optionsPreviewHint')}</p>;
  if (!preview.ok) return <p className="preview error" data-testid="adapter-preview">{preview.error}</p>;
  return (
    <div className="preview" data-testid="adapter-preview" data-messages={preview.messages} data-last-role={preview.last?.role ?? ''} data-composer={String(preview.composer)}>
      {preview.thread ? t('optionsPreviewMessages', preview.messages.toLocaleString(uiLocale())) : t('optionsPreviewNoThread')}
      {preview.last && (
        <>
          {' · '}
          {t('optionsPreviewLast', roleName(preview.last.role))} <q>{preview.last.text}</q>
        </>
      )}
      {' · '}
      {preview.composer ? t('optionsPreviewComposerFound') : t('optionsPreviewComposerMissing')}
    </div>
  );
}

function roleName(role: string): string {
  const key = ROLE_KEYS[role];
  return key ? t(key).toLowerCase() : role;
}
