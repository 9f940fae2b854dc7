import model from 'wink-eng-lite-web-model';
import { type Analyzer, createAnalyzer } from '../nlp/analyzer';

/** Where the extension build packages wink's core model (see wxt.config.ts). */
export const WINK_CORE_MODEL_FILE = '/wink/eng-core-web-model.json';

let analyzer: Promise<Analyzer> | undefined;

/**
 * The analyser, built on first use. In the extension build wink's core model is a packaged
 * JSON file fetched here rather than a 3 MB literal evaluated with the bundle at every worker
 * start (bench/RESULTS.md has the measured difference); elsewhere (Node, tests) it is bundled.
 */
export function loadAnalyzer(): Promise<Analyzer> {
  analyzer ??= (async () => {
    if (import.meta.env.TACT_LAZY_WINK === 'true') {
      const response = await fetch(browser.runtime.getURL(WINK_CORE_MODEL_FILE as '/'));
      const slot = ((globalThis as { __tactWinkCoreModel?: object }).__tactWinkCoreModel ??= {});
      Object.assign(slot, await response.json());
    }
    return createAnalyzer(model);
  })();
  analyzer.catch(() => {
    analyzer = undefined;
  });
  return analyzer;
}
