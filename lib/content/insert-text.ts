/**
 * Puts text into a helpdesk's reply box as if the agent typed it, so the editor's own model
 * (React state, ProseMirror, CKEditor 5) takes it and one undo removes it. Never sends:
 * no Enter key is pressed and no form is submitted.
 *
 * - Textareas, ProseMirror and plain contenteditables: `execCommand('insertText')` goes
 *   through the browser's editing pipeline: a native `input` event (React's onChange sees
 *   it), a DOM change ProseMirror reads back into its model, and the native undo stack.
 * - Model-first editors (CKEditor 5, Lexical, Slate) revert DOM changes they did not make,
 *   and execCommand fires no `beforeinput`; they take text from a `beforeinput` event of
 *   type insertText, which Tact dispatches itself (a plain-text paste is the fallback).
 * Success means the text shows in the editor afterwards, i.e. the editor rendered it.
 */
export type InsertResult = { ok: true } | { ok: false; error: string };

/** `append` adds after the agent's draft; `replace` swaps the whole draft (a nudge's rewording). */
export type InsertMode = 'append' | 'replace';

const MODEL_EDITORS = '.ck-editor__editable, [data-lexical-editor], [data-slate-editor]';
const SETTLE_MS = 300;

export async function insertText(composer: Element, text: string, mode: InsertMode = 'append'): Promise<InsertResult> {
  if (!(composer instanceof HTMLElement)) return { ok: false, error: 'reply box not found' };
  if (isReadOnly(composer)) return { ok: false, error: 'the reply box is read-only' };
  composer.focus();
  const before = currentText(composer);
  const replacing = mode === 'replace' && before.trim() !== '';
  const addition = (before.trim() && !replacing ? ' ' : '') + text;
  // Rich editors turn line breaks into paragraphs, which textContent joins without a space:
  // compare without whitespace, so a multi-line snippet that did land counts as landed.
  const wanted = withoutSpace(text).slice(0, 200);
  const previous = withoutSpace(before);
  const landed = () => withoutSpace(currentText(composer)).includes(wanted) && (!replacing || !withoutSpace(currentText(composer)).includes(previous));
  // Replacing selects the whole draft, so the typed-over text is one undo step, as if typed.
  if (isTextField(composer)) composer.setSelectionRange(replacing ? 0 : composer.value.length, composer.value.length);
  else if (replacing) selectAll(composer);
  else placeCaretAtEnd(composer);
  if (replacing) await new Promise((resolve) => setTimeout(resolve, 0)); // editors sync their selection on selectionchange

  if (composer.matches(MODEL_EDITORS)) {
    composer.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: addition, bubbles: true, cancelable: true, composed: true }));
    if (await settle(landed)) return { ok: true };
    pastePlainText(composer, addition);
  } else if (!composer.ownerDocument.execCommand('insertText', false, addition) || !landed()) {
    if (isTextField(composer)) setNativeValue(composer, replacing ? addition : composer.value + addition);
    else pastePlainText(composer, addition);
  }
  return (await settle(landed)) ? { ok: true } : { ok: false, error: 'the reply box did not accept the text' };
}

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function isReadOnly(el: HTMLElement): boolean {
  return isTextField(el) ? el.readOnly || el.disabled : !el.isContentEditable;
}

const withoutSpace = (value: string) => value.replace(/\s+/g, '');

export function currentText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.textContent ?? '';
}

/** Editors render on their own schedule: look again for a short while. */
async function settle(done: () => boolean): Promise<boolean> {
  const until = Date.now() + SETTLE_MS;
  while (!done()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

function selectAll(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
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
