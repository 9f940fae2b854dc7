import type { NudgeRule } from '../define-rule';
import empathetic from './empathetic';
import formalityMatch from './formality-match';
import personal from './personal';
import policyHiding from './policy-hiding';
import short from './short';

/** Every draft rule, in the order their suggestions are shown. */
export const RULES: readonly NudgeRule[] = [empathetic, personal, policyHiding, formalityMatch, short];
