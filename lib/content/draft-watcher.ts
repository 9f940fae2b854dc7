/** Reports the agent's draft as it is typed, debounced, so the draft check never runs per key. */
export function watchDraft(doc: Document, composerSelector: string, onDraft: (text: string) => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const onInput = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const composer = target.closest(composerSelector);
    if (!composer) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : (composer.textContent ?? '');
      if (text === last) return;
      last = text;
      onDraft(text);
    }, delayMs);
  };
  doc.addEventListener('input', onInput, true);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('input', onInput, true);
  };
}
