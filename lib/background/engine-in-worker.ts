import { type AnalysisEngine, localAnalysis } from './analysis-engine';
import { loadAnalyzer } from './load-analyzer';

/** The analyser in the background's own process (Firefox's background page; see engine-for-chrome.ts). */
export function createAnalysisEngine(): AnalysisEngine {
  return localAnalysis(loadAnalyzer);
}
