import { currentText } from './insert-text';

/**
 * Reports the agent's draft as it is typed, debounced, so the draft check never runs per key.
 * Rich editors (CKEditor 5) cancel `beforeinput` and so never fire `input`: listen to both,
 * and to keyup/paste/cut, then read the reply box once the typing pauses.
 */
const EVENTS = ['beforeinput', 'input', 'keyup', 'paste', 'cut', 'compositionend'] as const;

export function watchDraft(doc: Document, composerSelector: string, onDraft: (text: string) => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const onEvent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const composer = target.closest(composerSelector);
    if (!composer) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = currentText(composer).replace(/\u00a0/g, ' ').trim();
      if (text === last) return;
      last = text;
      onDraft(text);
    }, delayMs);
  };
  for (const type of EVENTS) doc.addEventListener(type, onEvent, true);
  return () => {
    clearTimeout(timer);
    for (const type of EVENTS) doc.removeEventListener(type, onEvent, true);
  };
}
