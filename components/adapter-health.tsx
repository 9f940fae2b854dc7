import { t } from '@/lib/i18n';
import type { AdapterHealth } from '@/lib/messaging/protocol';

/** Says plainly when a helpdesk adapter stopped matching the page. */
export function AdapterHealthNotice({ health }: { health: AdapterHealth }) {
  return (
    <div className="adapter-health" data-testid="adapter-health" data-adapter={health.adapter} data-state={health.state} role={health.state === 'broken' ? 'alert' : undefined} hidden={health.state === 'ok'}>
      {health.state === 'broken' && t('adapterBroken', health.adapter, health.missing.join(', '))}
    </div>
  );
}
