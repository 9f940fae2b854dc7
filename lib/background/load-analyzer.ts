import type { Analyzer } from '../nlp/analyzer';
import { WINK_CORE_MODEL_FILE, loadWinkAnalyzer } from '../nlp-host/load-wink-analyzer';

let analyzer: Promise<Analyzer> | undefined;

/** The analyser in the background's own process (Firefox), built once, on first use. */
export function loadAnalyzer(): Promise<Analyzer> {
  analyzer ??= loadWinkAnalyzer(browser.runtime.getURL(WINK_CORE_MODEL_FILE as '/'));
  analyzer.catch(() => {
    analyzer = undefined;
  });
  return analyzer;
}
