import { t } from '@/lib/i18n';
import type { ActionOutcome } from '@/lib/console/outcome-store';

/** Success as a polite status, failure as an alert; both stay until the next action. */
export function OutcomeMessage({ outcome, testId }: { outcome: ActionOutcome; testId: string }) {
  if (outcome.kind === 'idle') return <p className="outcome" role="status" data-testid={testId} />;
  if (outcome.kind === 'error')
    return (
      <p className="outcome outcome--error" role="alert" data-testid={testId} data-kind="error">
        {outcome.text}
      </p>
    );
  return (
    <p className="outcome" role="status" data-testid={testId} data-kind={outcome.kind}>
      {outcome.kind === 'busy' ? t('consoleWorking') : outcome.text}
    </p>
  );
}
