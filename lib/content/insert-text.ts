/**
 * Puts text into a helpdesk's reply box as if the agent typed it, so the editor's own model
 * (React state, ProseMirror, CKEditor 5) takes it and one undo removes it. Never sends:
 * no Enter key is pressed and no form is submitted.
 *
 * `execCommand('insertText')` goes through the browser's editing pipeline: it fires
 * `beforeinput`/`input` with inputType "insertText" (CKEditor 5 handles that through its
 * model; ProseMirror reads the DOM change back; React sees a native `input`), and lands on
 * the native undo stack. When an editor refuses it, a paste of plain text is the fallback
 * rich editors handle through their model, and for a textarea the native value setter plus
 * an `input` event (the only write a React-controlled textarea notices).
 */
export type InsertResult = { ok: true } | { ok: false; error: string };

export function insertText(composer: Element, text: string): InsertResult {
  if (!(composer instanceof HTMLElement)) return { ok: false, error: 'reply box not found' };
  if (isReadOnly(composer)) return { ok: false, error: 'the reply box is read-only' };
  composer.focus();
  const before = currentText(composer);
  const addition = (before.trim() ? ' ' : '') + text;
  if (isTextField(composer)) {
    const end = composer.value.length;
    composer.setSelectionRange(end, end);
  } else {
    placeCaretAtEnd(composer);
  }
  const doc = composer.ownerDocument;
  if (doc.execCommand('insertText', false, addition) && currentText(composer) !== before) return { ok: true };
  if (isTextField(composer)) setNativeValue(composer, composer.value + addition);
  else pastePlainText(composer, addition);
  return currentText(composer) !== before ? { ok: true } : { ok: false, error: 'the reply box did not accept the text' };
}

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function isReadOnly(el: HTMLElement): boolean {
  return isTextField(el) ? el.readOnly || el.disabled : !el.isContentEditable;
}

export function currentText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.textContent ?? '';
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

function setNativeValue(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function pastePlainText(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
