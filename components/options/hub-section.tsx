import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { t, uiLocale } from '@/lib/i18n';
import { type HubFormState, type HubFormStatus, hubForm } from '@/lib/options/hub-form';
import { CONNECTION_TIMEOUT_MS } from '@/lib/options/test-hub-connection';

/** Hub address, access token and team; Save tries the hub first and only then stores them. */
export function HubSection({ store = hubForm }: { store?: StoreApi<HubFormState> }) {
  const { values, locked, status, load, edit, save, remove } = useStore(store);
  const [showToken, setShowToken] = useState(false);
  const id = useId();
  useEffect(() => void load(), [load]);
  const managed = locked.hubUrl;

  return (
    <form
      data-testid="hub-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{t('optionsHubIntro')}</p>
      {managed && (
        <p className="note" data-testid="hub-managed">
          {t('optionsHubManaged')}
        </p>
      )}
      <label htmlFor={`${id}-url`}>{t('optionsHubUrl')}</label>
      <input id={`${id}-url`} data-testid="hub-url" type="url" inputMode="url" autoComplete="off" spellCheck={false} placeholder="https://hub.example.com" value={values.hubUrl} readOnly={locked.hubUrl} onChange={(e) => edit('hubUrl', e.target.value)} />
      <label htmlFor={`${id}-token`}>{t('optionsHubToken')}</label>
      <div className="row">
        <input id={`${id}-token`} data-testid="hub-token" type={showToken ? 'text' : 'password'} autoComplete="off" spellCheck={false} value={values.token} readOnly={locked.token} onChange={(e) => edit('token', e.target.value)} />
        <button type="button" data-testid="hub-token-toggle" aria-controls={`${id}-token`} aria-pressed={showToken} onClick={() => setShowToken(!showToken)}>
          {showToken ? t('optionsHubHideToken') : t('optionsHubShowToken')}
        </button>
      </div>
      <label htmlFor={`${id}-team`}>{t('optionsHubTeam')}</label>
      <input id={`${id}-team`} data-testid="hub-team" autoComplete="off" value={values.team} readOnly={locked.team} onChange={(e) => edit('team', e.target.value)} />
      <div className="actions">
        <button type="submit" data-testid="hub-save" disabled={status.kind === 'testing' || (managed && locked.token)}>
          {t('optionsHubSave')}
        </button>
        {!managed && (
          <button type="button" data-testid="hub-remove" onClick={() => void remove()}>
            {t('optionsHubRemove')}
          </button>
        )}
      </div>
      <p className={status.kind === 'refused' || status.kind === 'unreachable' || status.kind === 'invalid' ? 'status error' : 'status'} role="status" data-testid="hub-result" data-outcome={status.kind}>
        {statusText(status)}
      </p>
    </form>
  );
}

function statusText(status: HubFormStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'testing':
      return t('optionsHubTesting');
    case 'saved':
      return t('optionsHubSaved');
    case 'removed':
      return t('optionsHubRemoved');
    case 'refused':
      return t('optionsHubRefused', status.reason);
    case 'unreachable':
      return t('optionsHubUnreachable', (CONNECTION_TIMEOUT_MS / 1000).toLocaleString(uiLocale()));
    case 'invalid':
      if (status.problem === 'insecure-url') return t('optionsHubInsecureUrl');
      if (status.problem === 'missing-token') return t('optionsHubMissingToken');
      if (status.problem === 'not-configured') return t('optionsHubMissingUrl');
      return t('optionsHubInvalidUrl');
  }
}
