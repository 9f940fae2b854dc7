import { useEffect, useState } from 'react';
import { ADAPTERS } from '@/lib/adapters/index';
import { t } from '@/lib/i18n';
import { disableSite, enabledSites, enableSite } from '@/lib/options/site-access';
import { AdapterEditor } from './adapter-editor';
import { enableSiteErrorText } from './enable-site-error';
import { UserAdapterList } from './user-adapter-list';

/** Where Tact runs: the built-in helpdesks, self-hosted sites the agent enabled, own adapters. */
export function SitesSection() {
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');
  const [adaptersVersion, setAdaptersVersion] = useState(0);
  const refresh = () => void enabledSites().then(setSites);
  useEffect(refresh, []);

  const enable = async () => {
    const result = await enableSite(address);
    setError(result.ok ? '' : enableSiteErrorText(result.error));
    if (result.ok) setAddress('');
    refresh();
  };

  return (
    <>
      <p>{t('optionsSitesBuiltIn', ADAPTERS.filter((a) => a.id !== 'demo').map((a) => a.name).join(', '))}</p>
      <h3>{t('optionsSitesEnableHeading')}</h3>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void enable();
        }}
      >
        <label style={{ flex: 1 }}>
          {t('optionsSitesAddress')}
          <input data-testid="site-address" value={address} placeholder="https://support.example.com" onChange={(e) => setAddress(e.target.value)} />
        </label>
        <button type="submit" data-testid="site-enable">
          {t('optionsSitesEnable')}
        </button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      <ul data-testid="enabled-sites" aria-label={t('optionsSitesEnabledList')}>
        {sites.map((site) => (
          <li key={site} data-site={site}>
            {site}{' '}
            <button type="button" aria-label={t('optionsSitesRemove', site)} onClick={() => void disableSite(site).then(refresh)}>
              {t('optionsSitesRemoveShort')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('optionsAdaptersHeading')}</h3>
      <UserAdapterList version={adaptersVersion} onChange={() => setAdaptersVersion((v) => v + 1)} />
      <AdapterEditor onSaved={() => setAdaptersVersion((v) => v + 1)} />
    </>
  );
}
