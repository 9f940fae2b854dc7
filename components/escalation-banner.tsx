import { useState } from 'react';
import { reasonText } from '@/lib/escalation-reason-text';
import { t } from '@/lib/i18n';
import type { ActiveEscalation, DismissNote } from '@/lib/messaging/protocol';
import type { EscalationReason } from '@/lib/nlp/types';



const NOTES = [
  ['not-an-escalation', 'dismissNotAnEscalation'],
  ['already-handled', 'dismissAlreadyHandled'],
  ['other', 'dismissOther'],
] as const satisfies ReadonlyArray<readonly [DismissNote, string]>;

export function reasonLabel(reason: EscalationReason): string {
  return reasonText(reason);
}

export interface EscalationBannerProps {
  escalation: ActiveEscalation;
  /** Absent when no hub is configured: the agent then escalates by their team's own route. */
  onNotifyLead?: (includeWords: boolean) => void;
  onDismiss(note: DismissNote): void;
}

/** A suggestion, never an action: the reason, the customer's words behind it, and the agent's choices. */
export function EscalationBanner({ escalation, onNotifyLead, onDismiss }: EscalationBannerProps) {
  const [asking, setAsking] = useState(false);
  const [includeWords, setIncludeWords] = useState(false);
  return (
    <section className="escalation" data-testid="escalation" data-reason={escalation.reason} aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">
        <span aria-hidden="true">⚑ </span>
        {t('escalationHeading', reasonLabel(escalation.reason))}
      </h2>
      <p className="escalation__evidence">
        {t('escalationEvidence')} <q>{escalation.evidence.text}</q>
      </p>
      <p className="escalation__advice">{t('escalationAdvice')}</p>
      <div className="escalation__actions">
        {onNotifyLead && (
          <>
            <button type="button" onClick={() => onNotifyLead(includeWords)}>
              {t('escalationNotifyLead')}
            </button>
            <label className="escalation__words">
              <input type="checkbox" checked={includeWords} onChange={(e) => setIncludeWords(e.target.checked)} />
              {t('escalationIncludeWords')}
            </label>
          </>
        )}
        {!asking && (
          <button type="button" onClick={() => setAsking(true)}>
            {t('escalationDismiss')}
          </button>
        )}
      </div>
      {asking && (
        <fieldset className="escalation__dismiss">
          <legend>{t('escalationDismissReason')}</legend>
          {NOTES.map(([note, key]) => (
            <button key={note} type="button" data-note={note} onClick={() => onDismiss(note)}>
              {t(key)}
            </button>
          ))}
        </fieldset>
      )}
    </section>
  );
}
