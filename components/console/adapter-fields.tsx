import { useId } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { AdapterDraft } from '@/lib/console/settings-draft';

const SELECTOR_FIELDS = [
  ['thread', 'consoleAdapterThread', true],
  ['message', 'consoleAdapterMessage', true],
  ['composer', 'consoleAdapterComposer', false],
  ['customerMessage', 'consoleAdapterCustomerMessage', false],
  ['agentMessage', 'consoleAdapterAgentMessage', false],
] as const satisfies ReadonlyArray<readonly [keyof AdapterDraft, MessageKey, boolean]>;

export interface AdapterFieldsProps {
  adapter: AdapterDraft;
  index: number;
  onChange(patch: Partial<AdapterDraft>): void;
  onRemove(): void;
}

/** One user-defined helpdesk adapter of the team: where its pages are and how to read them. */
export function AdapterFields({ adapter, index, onChange, onRemove }: AdapterFieldsProps) {
  const id = useId();
  const name = adapter.name.trim() || t('consoleAdapterUnnamed', index + 1);
  return (
    <fieldset className="adapter" data-testid="console-adapter">
      <legend>{name}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-id`}>{t('consoleAdapterId')}</label>
          <input id={`${id}-id`} required pattern="[a-z0-9]+(-[a-z0-9]+)*" value={adapter.id} onChange={(e) => onChange({ id: e.target.value })} />
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-name`}>{t('consoleAdapterName')}</label>
          <input id={`${id}-name`} required value={adapter.name} onChange={(e) => onChange({ name: e.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-matches`}>{t('consoleAdapterMatches')}</label>
        <textarea id={`${id}-matches`} rows={2} required aria-describedby={`${id}-matches-hint`} value={adapter.matches} onChange={(e) => onChange({ matches: e.target.value })} />
        <p id={`${id}-matches-hint`} className="hint">
          {t('consoleAdapterMatchesHint')}
        </p>
      </div>
      {SELECTOR_FIELDS.map(([field, key, required]) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t(key)}</label>
          <input id={`${id}-${field}`} required={required} value={adapter[field]} onChange={(e) => onChange({ [field]: e.target.value })} />
        </div>
      ))}
      <button type="button" className="danger" onClick={onRemove}>
        {t('consoleAdapterRemove', name)}
      </button>
    </fieldset>
  );
}
