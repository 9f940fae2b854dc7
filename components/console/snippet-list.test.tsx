import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../public/_locales/nl/messages.json';
import { setCatalog } from '../../lib/i18n';
import type { Snippet } from '../../lib/sync/protocol';
import { SnippetList } from './snippet-list';

afterEach(() => {
  cleanup();
  setCatalog(undefined);
});

const snippet = (id: string, title: string, tags: string[] = []): Snippet => ({ id, title, body: '', tags, language: 'en', version: 1, updatedAt: 0, deleted: false });

describe('SnippetList', () => {
  it('searches, selects and starts a new snippet', () => {
    const props = { onQuery: vi.fn(), onSelect: vi.fn(), onNew: vi.fn() };
    render(<SnippetList snippets={[snippet('a', 'Refunds', ['billing']), snippet('b', 'Delivery')]} total={5} query="" selectedId="b" {...props} />);
    fireEvent.change(screen.getByLabelText('Search title, tags and text'), { target: { value: 'ref' } });
    expect(props.onQuery).toHaveBeenCalledWith('ref');
    expect(screen.getByText('Showing 2 of 5 snippets')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Refunds/ }));
    expect(props.onSelect).toHaveBeenCalledWith('a');
    expect(screen.getByRole('button', { name: /^Delivery/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /^Refunds/ }).textContent).toContain('EN · billing');
    fireEvent.click(screen.getByRole('button', { name: 'New snippet' }));
    expect(props.onNew).toHaveBeenCalledOnce();
  });

  it('speaks Dutch', () => {
    setCatalog(nl);
    render(<SnippetList snippets={[]} total={0} query="" selectedId={undefined} onQuery={() => {}} onSelect={() => {}} onNew={() => {}} />);
    expect(screen.getByLabelText('Zoek in titel, tags en tekst')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nieuw fragment' })).toBeTruthy();
  });
});
