import { useState } from 'react';
import type { ActionOutcome } from '@/lib/console/outcome-store';
import { KNOWN_SIGNAL_IDS } from '@/lib/escalation-reason-text';
import { type AdapterDraft, type SettingsDraft, draftToSettings, emptyAdapter, settingsToDraft } from '@/lib/console/settings-draft';
import { t } from '@/lib/i18n';
import type { TeamSettings, TeamSettingsInput } from '@/lib/sync/protocol';
import { AdapterFields } from './adapter-fields';
import { OutcomeMessage } from './outcome-message';

export interface TeamSettingsFormProps {
  /** The team's current settings; the parent remounts the form (key) when they change. */
  settings: TeamSettings | null;
  outcome: ActionOutcome;
  onPublish(settings: TeamSettingsInput): void;
}

/** Escalation thresholds, waiting-time limits and the team's own helpdesk adapters. */
export function TeamSettingsForm({ settings, outcome, onPublish }: TeamSettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(settings));
  const patch = (change: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setThreshold = (index: number, change: Partial<SettingsDraft['thresholds'][number]>) => patch({ thresholds: draft.thresholds.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  const setAdapter = (index: number, change: Partial<AdapterDraft>) => patch({ adapters: draft.adapters.map((a, i) => (i === index ? { ...a, ...change } : a)) });

  return (
    <section className="card" aria-labelledby="console-settings-title" data-testid="console-settings">
      <h2 id="console-settings-title">{t('consoleSettingsHeading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPublish(draftToSettings(draft));
        }}
      >
        <fieldset>
          <legend>{t('consoleThresholdsLegend')}</legend>
          <p className="hint">{t('consoleThresholdsHint')}</p>
          <datalist id="console-signal-ids">
            {KNOWN_SIGNAL_IDS.map((signal) => (
              <option key={signal} value={signal} />
            ))}
          </datalist>
          {draft.thresholds.map((row, index) => (
            // Rows have no identity of their own until published: the index is their key.
            <div className="field-row" key={index} data-testid="console-threshold">
              <div className="field field--grow">
                <label htmlFor={`console-threshold-signal-${index}`}>{t('consoleThresholdSignal')}</label>
                <input id={`console-threshold-signal-${index}`} list="console-signal-ids" required value={row.signal} onChange={(e) => setThreshold(index, { signal: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`console-threshold-score-${index}`}>{t('consoleThresholdScore')}</label>
                <input id={`console-threshold-score-${index}`} type="number" min={0} max={100} required value={row.score} onChange={(e) => setThreshold(index, { score: e.target.value })} />
              </div>
              <button type="button" className="danger" onClick={() => patch({ thresholds: draft.thresholds.filter((_, i) => i !== index) })}>
                {t('consoleThresholdRemove', row.signal || String(index + 1))}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => patch({ thresholds: [...draft.thresholds, { signal: '', score: '50' }] })}>
            {t('consoleThresholdAdd')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('consoleWaitingLegend')}</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="console-first-reply">{t('consoleFirstReplySeconds')}</label>
              <input id="console-first-reply" type="number" min={1} max={86400} step={1} value={draft.firstReplySeconds} onChange={(e) => patch({ firstReplySeconds: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="console-reply">{t('consoleReplySeconds')}</label>
              <input id="console-reply" type="number" min={1} max={86400} step={1} value={draft.replySeconds} onChange={(e) => patch({ replySeconds: e.target.value })} />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('consoleAdaptersLegend')}</legend>
          {draft.adapters.length === 0 && <p className="muted">{t('consoleAdaptersNone')}</p>}
          {draft.adapters.map((adapter, index) => (
            <AdapterFields
              key={index}
              adapter={adapter}
              index={index}
              onChange={(change) => setAdapter(index, change)}
              onRemove={() => patch({ adapters: draft.adapters.filter((_, i) => i !== index) })}
            />
          ))}
          <button type="button" onClick={() => patch({ adapters: [...draft.adapters, emptyAdapter()] })}>
            {t('consoleAdapterAdd')}
          </button>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={outcome.kind === 'busy'} data-testid="console-settings-publish">
            {t('consoleSettingsPublish')}
          </button>
        </div>
        <OutcomeMessage outcome={outcome} testId="console-settings-outcome" />
      </form>
    </section>
  );
}
