import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import { emptyDraft, type SnippetDraft } from '../../lib/console/snippet-draft';
import { SnippetEditor } from './snippet-editor';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const published: SnippetDraft = { ...emptyDraft('en'), id: 'refund', published: true, title: 'Refunds', body: 'Within **30 days**', tags: 'billing' };
const handlers = () => ({ onChange: vi.fn(), onPublish: vi.fn(), onDelete: vi.fn(), onClose: vi.fn() });

describe('SnippetEditor', () => {
  it('labels every field, previews the body and reports edits, publish and delete', () => {
    const h = handlers();
    render(<SnippetEditor draft={published} outcome={{ kind: 'done', text: 'Published: version 7' }} {...h} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Edit “Refunds”');
    for (const label of ['Title', 'Language', 'Tags', 'Text (Markdown)', 'Formal variant (optional)', 'Informal variant (optional)']) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.queryByLabelText('ID (optional)')).toBeNull();
    expect(screen.getByTestId('snippet-preview').querySelector('strong')?.textContent).toBe('30 days');
    expect(screen.getByText('18 of at most 20000 characters')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Refunds 2' } });
    expect(h.onChange).toHaveBeenCalledWith({ title: 'Refunds 2' });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nl' } });
    expect(h.onChange).toHaveBeenCalledWith({ language: 'nl' });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(h.onPublish).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(h.onDelete).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Published: version 7');
  });

  it('shows raw HTML of a snippet as text, never as markup', () => {
    render(<SnippetEditor draft={{ ...published, body: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }} outcome={{ kind: 'idle' }} {...handlers()} />);
    const preview = screen.getByTestId('snippet-preview');
    expect(preview.querySelector('img, script')).toBeNull();
    expect(preview.textContent).toContain('<img src=x');
  });

  it('asks for an id only before publishing, shows errors as alerts, and speaks Dutch', () => {
    setCatalog(nl);
    render(<SnippetEditor draft={emptyDraft('nl')} outcome={{ kind: 'error', text: 'Mislukt: invalid payload: upserts.0.title' }} {...handlers()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nieuw fragment');
    expect(screen.getByLabelText('ID (optioneel)')).toBeTruthy();
    expect(screen.getByLabelText('Titel')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verwijderen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Publiceren' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('upserts.0.title');
  });
});
