import type { ExportFormat } from '@/lib/console/export-snippets';
import { IMPORT_ACCEPT } from '@/lib/console/import-files';
import type { ActionOutcome } from '@/lib/console/outcome-store';
import { t } from '@/lib/i18n';
import { OutcomeMessage } from './outcome-message';

export interface ImportExportProps {
  outcome: ActionOutcome;
  canExport: boolean;
  onImport(files: File[]): void;
  onExport(format: ExportFormat): void;
}

const EXPORTS = [
  ['json', 'consoleExportJson'],
  ['csv', 'consoleExportCsv'],
  ['markdown', 'consoleExportMarkdown'],
] as const;

/** Import .json/.csv/.md files (the hub CLI's formats) and export the team's snippets in them. */
export function ImportExport({ outcome, canExport, onImport, onExport }: ImportExportProps) {
  return (
    <section className="card" aria-labelledby="console-transfer-title">
      <h2 id="console-transfer-title">{t('consoleTransferHeading')}</h2>
      <div className="field">
        <label htmlFor="console-import">{t('consoleImportLabel')}</label>
        <input
          id="console-import"
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          aria-describedby="console-import-hint"
          data-testid="console-import"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) onImport(files);
          }}
        />
        <p id="console-import-hint" className="hint">
          {t('consoleImportHint')}
        </p>
      </div>
      <div className="actions" role="group" aria-labelledby="console-export-label">
        <span id="console-export-label">{t('consoleExportLabel')}</span>
        {EXPORTS.map(([format, key]) => (
          <button key={format} type="button" disabled={!canExport} data-format={format} onClick={() => onExport(format)}>
            {t(key)}
          </button>
        ))}
      </div>
      <p className="hint">{t('consoleExportMarkdownHint')}</p>
      <OutcomeMessage outcome={outcome} testId="console-transfer-outcome" />
    </section>
  );
}
