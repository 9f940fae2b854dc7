import { t } from '@/lib/i18n';
import type { PresenceCount as Count } from '@/lib/sync/protocol';

/** Connected agents of the team (the hub counts sockets; leads are counted apart). */
export function PresenceCount({ count }: { count: Count | null }) {
  return (
    <p className="presence" data-testid="console-presence" data-agents={count?.agents ?? ''}>
      {count ? t('consoleAgentsConnected', count.agents, count.leads) : t('consoleAgentsUnknown')}
    </p>
  );
}
