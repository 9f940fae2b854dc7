import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { t } from '@/lib/i18n';
import { agentSetting } from '@/lib/options/agent-setting';
import type { SaveState } from '@/lib/options/stored-setting';

/** The agent's display name, for `{agent.name}` in snippets and on "notify lead". */
export function AgentSection() {
  const { value, saveState, load, save, edited } = useStore(agentSetting);
  useEffect(() => void load(), [load]);
  return <AgentNameForm key={value.name} name={value.name} saveState={saveState} onEdit={edited} onSave={(name) => void save({ name })} />;
}

function AgentNameForm({ name, saveState, onEdit, onSave }: { name: string; saveState: SaveState; onEdit(): void; onSave(name: string): void }) {
  const [draft, setDraft] = useState(name);
  const id = useId();

  return (
    <form
      data-testid="agent-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <label htmlFor={id}>{t('optionsAgentName')}</label>
      <div className="row">
        <input
          id={id}
          data-testid="agent-name"
          autoComplete="name"
          maxLength={80}
          value={draft}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setDraft(e.target.value);
            onEdit();
          }}
        />
        <button type="submit" data-testid="agent-name-save">
          {t('optionsSave')}
        </button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('optionsAgentHint')}
      </p>
      <p className={saveState === 'failed' ? 'status error' : 'status'} role="status" data-testid="agent-name-result">
        {saveState === 'saved' ? t('optionsSaved') : saveState === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
    </form>
  );
}
