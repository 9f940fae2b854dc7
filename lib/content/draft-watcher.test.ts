import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchDraft } from './draft-watcher';

describe('draft watcher', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('reports the draft once typing pauses, also from editors that cancel input (CKEditor 5)', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div class="composer" contenteditable="true"></div><input id="other">';
    const composer = document.querySelector('.composer')!;
    const drafts: string[] = [];
    stop = watchDraft(document, '.composer', (text) => drafts.push(text), 250);
    for (const word of ['Hel', 'Hello', 'Hello there']) {
      composer.textContent = word;
      composer.dispatchEvent(new Event('beforeinput', { bubbles: true }));
      vi.advanceTimersByTime(100);
    }
    expect(drafts).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(drafts).toEqual(['Hello there']);
    document.querySelector('#other')!.dispatchEvent(new Event('input', { bubbles: true }));
    composer.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    vi.advanceTimersByTime(300);
    expect(drafts).toEqual(['Hello there']);
  });
});
