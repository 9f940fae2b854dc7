import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { DraftCheck, DraftChecks } from '@/lib/nlp/types';

const CHECKS = [
  ['empathetic', 'check_empathetic'],
  ['personal', 'check_personal'],
  ['short', 'check_short'],
  ['policyHiding', 'check_policyHiding'],
  ['formalityMatch', 'check_formalityMatch'],
] as const satisfies ReadonlyArray<readonly [keyof DraftChecks, string]>;

/** policyHiding is a fault when true; every other check is good when true. */
function verdict(check: keyof DraftChecks, value: boolean | null, notNeeded: boolean): 'pass' | 'fail' | 'unknown' | 'not-needed' {
  if (notNeeded && !value) return 'not-needed';
  if (value === null) return 'unknown';
  return (check === 'policyHiding' ? !value : value) ? 'pass' : 'fail';
}

const MARK = { pass: '✓', fail: '✗', unknown: '–', 'not-needed': '–' } as const;
const WORD = { pass: 'checkPassed', fail: 'checkFailed', unknown: 'checkUnknown', 'not-needed': 'checkNotNeeded' } as const;

export interface DraftCheckViewProps {
  check: DraftCheck;
  onApply(rule: string, replacement: string): void;
  onUnhelpful(rule: string): void;
}

/** The live ZEKEP check of the agent's draft, and nudges with a wording to apply in one click. */
export function DraftCheckView({ check, onApply, onUnhelpful }: DraftCheckViewProps) {
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  return (
    <section className="draft" data-testid="draft-check" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('draftHeading')}</h2>
      <ul className="draft__checks">
        {CHECKS.map(([name, label]) => {
          const state = verdict(name, check.checks[name], check.notNeeded?.includes(name) ?? false);
          return (
            <li key={name} className={`draft__check draft__check--${state}`} data-check={name} data-state={state}>
              <span aria-hidden="true">{MARK[state]} </span>
              {t(label)}: {t(WORD[state])}
            </li>
          );
        })}
      </ul>
      {check.suggestions.map((s) => (
        <div key={s.rule} className="nudge" data-testid="nudge" data-rule={s.rule}>
          <p>{s.message}</p>
          {s.replacement && (
            <blockquote className="nudge__replacement" aria-label={t('nudgeSuggestion')}>
              {s.replacement}
            </blockquote>
          )}
          <div className="nudge__actions">
            {s.replacement && (
              <button type="button" data-testid="nudge-apply" onClick={() => onApply(s.rule, s.replacement!)}>
                {t('nudgeApply')}
              </button>
            )}
            {marked.has(s.rule) ? (
              <span role="status">{t('nudgeThanks')}</span>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setMarked(new Set([...marked, s.rule]));
                  onUnhelpful(s.rule);
                }}
              >
                {t('nudgeUnhelpful')}
              </button>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
