import churn from './churn';
import type { EscalationSignal } from './define-signal';
import legal from './legal';
import manager from './manager';
import publicThreat from './public';
import repeat from './repeat';
import safety from './safety';

/** Every message-level escalation signal, most serious first (the first hit is reported). */
export const SIGNALS: readonly EscalationSignal[] = [safety, legal, publicThreat, manager, churn, repeat];
