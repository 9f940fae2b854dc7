/**
 * Puts text into a helpdesk's reply box as if the agent typed it, so the editor's own model
 * (React state, ProseMirror, CKEditor 5) takes it and one undo removes it. Never sends.
 *
 * `execCommand('insertText')` goes through the browser's editing pipeline: it fires
 * `beforeinput`/`input` with inputType "insertText" (which rich editors handle themselves),
 * lands on the native undo stack, and works for textareas and contenteditables alike.
 */
export function insertText(composer: Element, text: string): { ok: true } | { ok: false; error: string } {
  if (!(composer instanceof HTMLElement)) return { ok: false, error: 'reply box not found' };
  composer.focus();
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const end = composer.value.length;
    composer.setSelectionRange(end, end);
  } else {
    placeCaretAtEnd(composer);
  }
  const doc = composer.ownerDocument;
  const separator = currentText(composer).trim() ? ' ' : '';
  if (doc.execCommand('insertText', false, separator + text)) return { ok: true };
  return { ok: false, error: 'the reply box did not accept the text' };
}

function currentText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
}

function placeCaretAtEnd(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}
