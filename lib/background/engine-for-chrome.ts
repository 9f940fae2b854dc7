import type { AnalysisEngine } from './analysis-engine';
import { chromeNlpHost } from './nlp-host-port';
import { offscreenAnalysis } from './offscreen-analysis';

/**
 * Chrome's analysis engine: the offscreen NLP host. Builds where the analyser runs in the
 * background itself (Firefox, the benchmark's comparison) swap this file for
 * engine-in-worker.ts (wxt.config.ts), so wink's code stays out of Chrome's worker bundle.
 */
export function createAnalysisEngine(): AnalysisEngine {
  const engine = offscreenAnalysis(chromeNlpHost());
  // The host outlives this worker: open it now, so its model is loaded before a message needs it.
  engine.warm();
  return engine;
}
