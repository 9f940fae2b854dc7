import { KNOWN_SIGNAL_IDS, reasonText } from '../escalation-reason-text';
import { type MessageKey, t } from '../i18n';
import type { FeedbackTotals } from '../sync/protocol';

/** The draft checks' rule ids (lib/nudges/rules) and their names in the panel. */
const DRAFT_CHECKS: Record<string, MessageKey> = {
  empathetic: 'check_empathetic',
  personal: 'check_personal',
  short: 'check_short',
  'policy-hiding': 'check_policyHiding',
  'formality-match': 'check_formalityMatch',
};

/** A rule id in words: an escalation signal or a draft check, else the id itself. */
export function ruleName(rule: string): string {
  if (KNOWN_SIGNAL_IDS.includes(rule)) return t('consoleFalseAlarmsEscalation', reasonText(rule));
  const check = Object.hasOwn(DRAFT_CHECKS, rule) ? DRAFT_CHECKS[rule] : undefined;
  return check ? t('consoleFalseAlarmsDraftCheck', t(check)) : rule;
}

export interface FalseAlarmRow {
  rule: string;
  name: string;
  dismissed: number;
  unhelpful: number;
  applied: number;
  notified: number;
  /** (dismissed + not helpful) / all verdicts; null when there are none. */
  rate: number | null;
}

/** The table's rows: most false alarms (dismissed + not helpful) first, then by rule id. */
export function falseAlarmRows(totals: FeedbackTotals): FalseAlarmRow[] {
  return totals.rules
    .map((r) => {
      const falseAlarms = r.dismissed + r.unhelpful;
      const all = falseAlarms + r.applied + r.notified;
      return { rule: r.rule, name: ruleName(r.rule), dismissed: r.dismissed, unhelpful: r.unhelpful, applied: r.applied, notified: r.notified, rate: all > 0 ? falseAlarms / all : null };
    })
    .sort((a, b) => b.dismissed + b.unhelpful - (a.dismissed + a.unhelpful) || a.rule.localeCompare(b.rule));
}
