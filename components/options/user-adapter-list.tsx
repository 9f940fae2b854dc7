import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { exportUserAdapters, parseUserAdapterFile, type UserAdapterSpec } from '@/lib/options/user-adapter-spec';
import { deleteUserAdapter, loadUserAdapters, saveUserAdapters } from '@/lib/options/user-adapters-store';

/** Saved adapters, with JSON export (for the team) and import (from a team lead). */
export function UserAdapterList({ version, onChange }: { version: number; onChange(): void }) {
  const [adapters, setAdapters] = useState<UserAdapterSpec[]>([]);
  const [json, setJson] = useState('');
  const [error, setError] = useState('');
  useEffect(() => void loadUserAdapters().then(setAdapters), [version]);

  const importJson = async () => {
    const parsed = parseUserAdapterFile(json);
    if (!parsed.ok) return setError(parsed.error);
    setError('');
    setAdapters(await saveUserAdapters(parsed.value));
    setJson('');
    onChange();
  };

  return (
    <>
      <ul data-testid="user-adapters">
        {adapters.map((a) => (
          <li key={a.id} data-adapter-id={a.id}>
            <strong>{a.name}</strong> {t('optionsAdapterDetails', a.version, a.sites.join(', '))}{' '}
            <button type="button" aria-label={t('optionsAdapterDelete', a.name)} onClick={() => void deleteUserAdapter(a.id).then(setAdapters).then(onChange)}>
              {t('optionsAdapterDeleteShort')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" data-testid="adapters-export" disabled={adapters.length === 0} onClick={() => setJson(exportUserAdapters(adapters))}>
          {t('optionsAdaptersExport')}
        </button>
        <button type="button" data-testid="adapters-import" disabled={!json.trim()} onClick={() => void importJson()}>
          {t('optionsAdaptersImport')}
        </button>
      </div>
      <label>
        {t('optionsAdaptersJson')}
        <textarea data-testid="adapters-json" rows={5} value={json} onChange={(e) => setJson(e.target.value)} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
