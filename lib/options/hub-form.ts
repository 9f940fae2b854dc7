import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { HUB_OPTIONS_KEY, type HubOptions, readManagedPolicy, saveHubOptions } from '../hub/hub-settings';
import { type HubConfigProblem, resolveHubConfig } from '../sync/hub-config';
import { type ConnectionTest, testHubConnection } from './test-hub-connection';

export type HubField = 'hubUrl' | 'token' | 'team';

/** The outcome of the last Save or Remove, shown in words under the form. */
export type HubFormStatus =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'saved' }
  | { kind: 'removed' }
  | { kind: 'invalid'; problem: HubConfigProblem }
  | { kind: 'refused'; reason: string }
  | { kind: 'unreachable' };

export interface HubFormState {
  values: Record<HubField, string>;
  /** Fields the organisation's managed policy sets: shown, never editable here. */
  locked: Record<HubField, boolean>;
  status: HubFormStatus;
  load(): Promise<void>;
  edit(field: HubField, value: string): void;
  save(): Promise<void>;
  remove(): Promise<void>;
}

export interface HubFormDeps {
  testConnection(hubUrl: string, token: string): Promise<ConnectionTest>;
}

const FIELDS: readonly HubField[] = ['hubUrl', 'token', 'team'];
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const EMPTY = { hubUrl: '', token: '', team: '' };
const UNLOCKED = { hubUrl: false, token: false, team: false };

/**
 * The "Team hub" form. Save checks the address (hub-config's rules), then tries the hub with the
 * token, and stores the settings only when the hub let us in; the background reconnects by itself
 * when `storage.local.hub` changes. A managed policy that names a hub wins over the form.
 */
export function createHubForm(deps: HubFormDeps = { testConnection: (url, token) => testHubConnection(url, token) }): StoreApi<HubFormState> {
  // Loading waits up to MANAGED_POLICY_WAIT_MS for the policy: what the agent typed meanwhile stays.
  const edited = new Set<HubField>();
  return createStore<HubFormState>()((set, get) => ({
    values: EMPTY,
    locked: UNLOCKED,
    status: { kind: 'idle' },

    async load() {
      const managed = await readManagedPolicy();
      const stored = ((await browser.storage.local.get(HUB_OPTIONS_KEY))[HUB_OPTIONS_KEY] ?? {}) as Record<string, unknown>;
      const policyNamesHub = text(managed.hubUrl) !== '';
      const values = { ...EMPTY };
      const locked = { ...UNLOCKED };
      for (const field of FIELDS) {
        const fromPolicy = policyNamesHub ? text(managed[field]) : '';
        values[field] = fromPolicy || (edited.has(field) ? get().values[field] : text(stored[field]));
        locked[field] = fromPolicy !== '';
      }
      set({ values, locked });
    },

    edit(field, value) {
      if (get().locked[field]) return;
      edited.add(field);
      set({ values: { ...get().values, [field]: value }, status: { kind: 'idle' } });
    },

    async save() {
      const { hubUrl, token, team } = get().values;
      const checked = resolveHubConfig(undefined, { hubUrl, token, team });
      if ('problem' in checked) return set({ status: { kind: 'invalid', problem: checked.problem } });
      set({ status: { kind: 'testing' } });
      const test = await deps.testConnection(checked.config.hubUrl, checked.config.token);
      if (test.outcome !== 'connected') return set({ status: test.outcome === 'refused' ? { kind: 'refused', reason: test.reason } : { kind: 'unreachable' } });
      const options: HubOptions = { hubUrl: checked.config.hubUrl, token: checked.config.token, ...(checked.config.team ? { team: checked.config.team } : {}) };
      await saveHubOptions(options);
      set({ status: { kind: 'saved' } });
    },

    async remove() {
      await browser.storage.local.remove(HUB_OPTIONS_KEY);
      const { values, locked } = get();
      const kept = { ...EMPTY };
      for (const field of FIELDS) if (locked[field]) kept[field] = values[field];
      set({ values: kept, status: { kind: 'removed' } });
    },
  }));
}

export const hubForm = createHubForm();
