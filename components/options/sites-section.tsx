import { useEffect, useState } from 'react';
import { ADAPTERS } from '@/lib/adapters/index';
import { disableSite, enabledSites, enableSite } from '@/lib/options/site-access';
import { AdapterEditor } from './adapter-editor';
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
    setError(result.ok ? '' : result.error);
    if (result.ok) setAddress('');
    refresh();
  };

  return (
    <>
      <p>
        Built in: {ADAPTERS.filter((a) => a.id !== 'demo').map((a) => a.name).join(', ')}. Self-hosted Chatwoot, Zammad and Rocket.Chat are recognised by
        their page once Tact is enabled on their address.
      </p>
      <h3>Enable Tact on a site</h3>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void enable();
        }}
      >
        <label style={{ flex: 1 }}>
          Helpdesk address
          <input data-testid="site-address" value={address} placeholder="https://support.example.com" onChange={(e) => setAddress(e.target.value)} />
        </label>
        <button type="submit" data-testid="site-enable">
          Enable
        </button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      <ul data-testid="enabled-sites">
        {sites.map((site) => (
          <li key={site} data-site={site}>
            {site}{' '}
            <button type="button" onClick={() => void disableSite(site).then(refresh)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <h3>Your own helpdesk adapters</h3>
      <UserAdapterList version={adaptersVersion} onChange={() => setAdaptersVersion((v) => v + 1)} />
      <AdapterEditor onSaved={() => setAdaptersVersion((v) => v + 1)} />
    </>
  );
}
