import type { DraftCheck, DraftChecks, DraftInput, Lang } from '../nlp/types';
import type { DraftContext } from './define-rule';
import { registerOf } from './register';
import { RULES } from './rules/index';

export interface DraftDeps {
  /** The language of a text when the caller did not say (detected from the customer's message). */
  languageOf(text: string): Lang;
  keyTerms(text: string, lang: Lang): string[];
  /** Whether the customer's message is upset or names a problem: what an acknowledgement answers. */
  needsAcknowledging(text: string, lang: Lang): boolean;
}

/** Runs every draft rule; the checks are booleans the panel shows, suggestions carry one-click rewordings. */
export function checkDraft(input: DraftInput, deps: DraftDeps): DraftCheck {
  const lang = input.lang ?? deps.languageOf(input.customer || input.draft);
  const context: DraftContext = {
    customer: input.customer,
    draft: input.draft,
    customerName: input.customerName?.trim() || undefined,
    lang,
    customerNeedsAcknowledging: deps.needsAcknowledging(input.customer, lang),
    customerRegister: registerOf(input.customer, lang),
    draftRegister: registerOf(input.draft, lang),
    customerTerms: deps.keyTerms(input.customer, lang),
    draftTerms: deps.keyTerms(input.draft, lang),
    draftWordCount: input.draft.split(/\s+/).filter(Boolean).length,
    termsOf: (text) => deps.keyTerms(text, lang),
  };
  const checks: DraftChecks = { empathetic: false, personal: false, short: false, policyHiding: false, formalityMatch: null };
  const suggestions: DraftCheck['suggestions'] = [];
  const notNeeded: NonNullable<DraftCheck['notNeeded']> = [];
  for (const rule of RULES) {
    const { value, suggestion, notNeeded: needless } = rule.evaluate(context);
    if (needless) notNeeded.push(rule.check);
    if (rule.check === 'formalityMatch') checks.formalityMatch = value;
    else checks[rule.check] = value === true;
    if (suggestion) suggestions.push({ rule: rule.id, ...suggestion });
  }
  return notNeeded.length ? { checks, suggestions, notNeeded } : { checks, suggestions };
}
