import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import { ImportExport } from './import-export';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

describe('ImportExport', () => {
  it('passes chosen files to the import and each format to the export', () => {
    const onImport = vi.fn();
    const onExport = vi.fn();
    render(<ImportExport outcome={{ kind: 'done', text: 'Imported 3' }} canExport onImport={onImport} onExport={onExport} />);
    const input = screen.getByLabelText('Import snippets from files') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('.md');
    const file = new File(['{}'], 'kb.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith([file]);
    for (const [name, format] of [['JSON file', 'json'], ['CSV file', 'csv'], ['Markdown files', 'markdown']] as const) {
      fireEvent.click(screen.getByRole('button', { name }));
      expect(onExport).toHaveBeenLastCalledWith(format);
    }
    expect(screen.getByRole('status').textContent).toBe('Imported 3');
  });

  it('offers no export of an empty knowledge base, and speaks Dutch', () => {
    setCatalog(nl);
    render(<ImportExport outcome={{ kind: 'busy' }} canExport={false} onImport={() => {}} onExport={() => {}} />);
    expect((screen.getByRole('button', { name: 'JSON-bestand' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText('Fragmenten uit bestanden importeren')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Bezig…');
  });
});
