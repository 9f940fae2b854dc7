import { t, type MessageKey } from '@/lib/i18n';
import type { ConsoleConnection, ConsoleRole } from '@/lib/console/console-store';
import type { HubConfigProblem } from '@/lib/sync/hub-config';

const PROBLEM_KEY = {
  'not-configured': 'consoleNotConfigured',
  'missing-token': 'consoleMissingToken',
  'invalid-url': 'consoleInvalidUrl',
  'insecure-url': 'consoleInsecureUrl',
} as const satisfies Record<HubConfigProblem, MessageKey>;

export interface ConnectionNoticeProps {
  connection: ConsoleConnection;
  hubRole: ConsoleRole;
  onOpenOptions(): void;
}

/** Where the console stands with the hub, and what to do when it cannot work. */
export function ConnectionNotice({ connection, hubRole, onOpenOptions }: ConnectionNoticeProps) {
  const optionsButton = (
    <button type="button" className="link-button" onClick={onOpenOptions}>
      {t('consoleOpenOptions')}
    </button>
  );
  switch (connection.state) {
    case 'loading':
      return <Status text={t('consoleLoading')} />;
    case 'not-configured':
      return (
        <div className="notice notice--problem" role="alert" data-testid="console-connection" data-state="not-configured">
          <p>{t(PROBLEM_KEY[connection.problem])}</p>
          {optionsButton}
        </div>
      );
    case 'refused':
      return (
        <div className="notice notice--problem" role="alert" data-testid="console-connection" data-state="refused">
          <p>{t('consoleRefused', connection.error)}</p>
          {optionsButton}
        </div>
      );
    case 'connecting':
      return <Status text={t('consoleConnecting')} state="connecting" />;
    case 'offline':
      return <Status text={t('consoleOffline')} state="offline" />;
    case 'connected':
      if (hubRole === 'not-lead')
        return (
          <div className="notice notice--problem" role="alert" data-testid="console-connection" data-state="not-lead">
            <p>{t('consoleNotLead')}</p>
            {optionsButton}
          </div>
        );
      return <Status text={t('consoleConnected')} state="connected" />;
  }
}

function Status({ text, state = 'loading' }: { text: string; state?: string }) {
  return (
    <p className="notice" role="status" data-testid="console-connection" data-state={state}>
      {text}
    </p>
  );
}
