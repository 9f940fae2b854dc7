import type { HubState } from '@/lib/background/hub-link';
import { t, uiLocale } from '@/lib/i18n';
import { formatDuration } from '@/lib/panel/format-duration';

/** The hub's state in words (never colour alone), with the age of the local copy when offline. */
export function HubStatus({ hub, now }: { hub: HubState; now: number }) {
  const state = hub.configured ? hub.state : 'not-configured';
  let text: string;
  if (!hub.configured) text = hub.problem === 'not-configured' ? t('hubNotConfigured') : t('hubProblem', hub.problem);
  else if (hub.state === 'connected') text = t('hubConnected');
  else if (hub.state === 'refused') text = t('hubRefused', hub.error ?? '');
  else if (hub.state === 'connecting' || hub.state === 'idle') text = t('hubConnecting');
  else text = hub.lastSyncedAt === null ? t('hubOfflineNever') : t('hubOffline', formatDuration(now - hub.lastSyncedAt, uiLocale()));
  return (
    <p className={`hub-status hub-status--${state}`} data-testid="hub-status" data-state={state} role="status">
      <span aria-hidden="true">{state === 'connected' ? '● ' : '○ '}</span>
      {text}
    </p>
  );
}
