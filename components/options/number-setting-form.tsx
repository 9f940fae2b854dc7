import { useId, useState } from 'react';
import { t, uiLocale } from '@/lib/i18n';
import type { SaveState } from '@/lib/options/stored-setting';

interface NumberSettingFormProps {
  testId: string;
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  saveState: SaveState;
  invalidText(min: string, max: string): string;
  onEdit(): void;
  onSave(value: number): void;
}

/** A whole number within bounds, a Save button, and the outcome in words. Key it by `value` to reset the draft. */
export function NumberSettingForm({ testId, label, hint, value, min, max, saveState, invalidText, onEdit, onSave }: NumberSettingFormProps) {
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const format = (n: number) => n.toLocaleString(uiLocale());

  return (
    <form
      // Our own check and message, in the page's language, instead of the browser's bubble.
      noValidate
      data-testid={`${testId}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        const number = Number(draft);
        const ok = draft.trim() !== '' && Number.isInteger(number) && number >= min && number <= max;
        setInvalid(!ok);
        if (ok) onSave(number);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          data-testid={testId}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          aria-describedby={`${id}-hint`}
          aria-invalid={invalid}
          onChange={(e) => {
            setDraft(e.target.value);
            setInvalid(false);
            onEdit();
          }}
        />
        <button type="submit" data-testid={`${testId}-save`}>
          {t('optionsSave')}
        </button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <p className={invalid || saveState === 'failed' ? 'status error' : 'status'} role="status" data-testid={`${testId}-result`}>
        {invalid ? invalidText(format(min), format(max)) : saveState === 'saved' ? t('optionsSaved') : saveState === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
    </form>
  );
}
