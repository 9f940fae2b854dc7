import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type ConsoleSession, startConsoleSession } from '@/lib/console/console-session';
import { useConsoleStore } from '@/lib/console/console-store';
import { HUB_OPTIONS_KEY, readHubConfig } from '@/lib/hub/hub-settings';
import { t, uiLocale } from '@/lib/i18n';
import { ConsoleApp } from './app';
import './style.css';

document.documentElement.lang = uiLocale();
document.title = t('consoleTitle');
const root = createRoot(document.getElementById('root')!);
const render = (session: ConsoleSession | null) =>
  root.render(
    <StrictMode>
      <ConsoleApp session={session} />
    </StrictMode>,
  );

render(null);
void readHubConfig().then((result) => {
  if ('problem' in result) useConsoleStore.getState().setConnection({ state: 'not-configured', problem: result.problem });
  else render(startConsoleSession(result.config));
});

// New hub settings on the options page, or a policy that arrived late: start over with them.
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' && HUB_OPTIONS_KEY in changes) || area === 'managed') location.reload();
});
