import { useMemo, useState } from 'react';
import { ConnectionNotice } from '@/components/console/connection-notice';
import { EscalationFeed } from '@/components/console/escalation-feed';
import { FalseAlarms } from '@/components/console/false-alarms';
import { ImportExport } from '@/components/console/import-export';
import { OutcomeMessage } from '@/components/console/outcome-message';
import { PresenceCount } from '@/components/console/presence-count';
import { SnippetEditor } from '@/components/console/snippet-editor';
import { SnippetList } from '@/components/console/snippet-list';
import { TeamSettingsForm } from '@/components/console/team-settings-form';
import type { ConsoleSession } from '@/lib/console/console-session';
import { useConsoleStore } from '@/lib/console/console-store';
import { useEditorStore } from '@/lib/console/editor-store';
import { type ExportFormat, exportSnippets } from '@/lib/console/export-snippets';
import { filterSnippets } from '@/lib/console/filter-snippets';
import { dedupeById, readImportFiles } from '@/lib/console/import-files';
import { track, useOutcomeStore } from '@/lib/console/outcome-store';
import { draftFromSnippet, draftToInput } from '@/lib/console/snippet-draft';
import { t, uiLocale } from '@/lib/i18n';

const failed = (message: string) => t('consoleFailed', message);

/** The lead's console: wires the console stores and the hub session to the presentational parts. */
export function ConsoleApp({ session }: { session: ConsoleSession | null }) {
  const connection = useConsoleStore((s) => s.connection);
  const role = useConsoleStore((s) => s.role);
  const snippets = useConsoleStore((s) => s.snippets);
  const settings = useConsoleStore((s) => s.settings);
  const presence = useConsoleStore((s) => s.presence);
  const escalations = useConsoleStore((s) => s.escalations);
  const latestLive = useConsoleStore((s) => s.latestLive);
  const feedback = useConsoleStore((s) => s.feedback);
  const outcomes = useOutcomeStore((s) => s.outcomes);
  const editor = useEditorStore();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterSnippets(snippets, query), [snippets, query]);
  const taken = useMemo(() => new Set(snippets.map((s) => s.id)), [snippets]);

  const usable = session && role !== 'not-lead' && (connection.state === 'connected' || connection.state === 'offline' || connection.state === 'connecting');

  const publish = async () => {
    if (!session || !editor.draft) return;
    const input = draftToInput(editor.draft, editor.draft.published ? new Set() : taken);
    const result = await track('snippet', () => session.publishSnippet(input), (r) => t('consolePublished', r.version), failed);
    if (result) editor.edit({ id: input.id, published: true });
  };

  const remove = async () => {
    const draft = editor.draft;
    if (!session || !draft || !window.confirm(t('consoleDeleteConfirm', draft.title))) return;
    const result = await track('snippet', () => session.deleteSnippet(draft.id), (r) => t('consoleDeleted', draft.title, r.version), failed);
    if (result) editor.close();
  };

  const importFiles = (files: File[]) =>
    session &&
    track(
      'transfer',
      async () => session.importSnippets(dedupeById(await readImportFiles(files))),
      (r) => t('consoleImported', r.count, r.version),
      failed,
    );

  const exportAs = (format: ExportFormat) => {
    exportSnippets(format, snippets);
    useOutcomeStore.getState().set('transfer', { kind: 'done', text: t('consoleExported', snippets.length) });
  };

  return (
    <main className="console">
      <header className="console__header">
        <h1>{t('consoleTitle')}</h1>
        {usable && <PresenceCount count={presence} />}
      </header>
      <ConnectionNotice connection={connection} hubRole={role} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
      {usable && (
        <>
          <div className="console__kb">
            <SnippetList
              snippets={shown}
              total={snippets.length}
              query={query}
              selectedId={editor.draft?.published ? editor.draft.id : undefined}
              onQuery={setQuery}
              onSelect={(id) => {
                const snippet = snippets.find((s) => s.id === id);
                if (snippet) editor.open(draftFromSnippet(snippet));
                useOutcomeStore.getState().set('snippet', { kind: 'idle' });
              }}
              onNew={() => {
                editor.openNew(uiLocale().startsWith('nl') ? 'nl' : 'en');
                useOutcomeStore.getState().set('snippet', { kind: 'idle' });
              }}
            />
            {editor.draft ? (
              <SnippetEditor draft={editor.draft} outcome={outcomes.snippet} onChange={editor.edit} onPublish={() => void publish()} onDelete={() => void remove()} onClose={editor.close} />
            ) : (
              <div className="card">
                <p className="muted">{t('consoleEditorEmpty')}</p>
                <OutcomeMessage outcome={outcomes.snippet} testId="console-snippet-outcome" />
              </div>
            )}
          </div>
          <EscalationFeed events={escalations} latestLive={latestLive} />
          <FalseAlarms totals={feedback} />
          <ImportExport outcome={outcomes.transfer} canExport={snippets.length > 0} onImport={(files) => void importFiles(files)} onExport={exportAs} />
          <TeamSettingsForm
            key={JSON.stringify(settings)}
            settings={settings}
            outcome={outcomes.settings}
            onPublish={(next) => void (session && track('settings', () => session.publishSettings(next), (r) => t('consoleSettingsPublished', r.version), failed))}
          />
        </>
      )}
    </main>
  );
}
