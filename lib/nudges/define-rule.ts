import type { DraftChecks, DraftSuggestion, Lang } from '../nlp/types';
import type { Register } from './register';

/** What every draft rule sees: both texts, their language and register, and their key terms. */
export interface DraftContext {
  customer: string;
  draft: string;
  customerName?: string;
  lang: Lang;
  /** The customer is upset or names a problem (see DraftDeps.needsAcknowledging). */
  customerNeedsAcknowledging: boolean;
  customerRegister: Register;
  draftRegister: Register;
  customerTerms: readonly string[];
  draftTerms: readonly string[];
  draftWordCount: number;
  /** Key terms of any text in the draft's language (for rules that look at part of the draft). */
  termsOf(text: string): string[];
}

export interface RuleResult {
  value: boolean | null;
  /** The customer's message does not call for this check (see DraftCheck.notNeeded). */
  notNeeded?: true;
  suggestion?: Omit<DraftSuggestion, 'rule'>;
}

/** One ZEKEP check on the agent's draft; its id is its file name and appears in suggestions. */
export interface NudgeRule {
  id: string;
  check: keyof DraftChecks;
  evaluate(context: DraftContext): RuleResult;
}

/** Identity helper for typed rule files (one file per rule, registered in rules/index.ts). */
export function defineRule(rule: NudgeRule): NudgeRule {
  return rule;
}
