import model from 'wink-eng-lite-web-model';
import { type Analyzer, createAnalyzer } from '../nlp/analyzer';

/** Where the extension build packages wink's core model (see wxt.config.ts). */
export const WINK_CORE_MODEL_FILE = '/wink/eng-core-web-model.json';

/**
 * Builds the analyser. In the extension build wink's core model is a packaged JSON file,
 * fetched from `modelUrl`, rather than a 3 MB literal evaluated with the bundle (wxt.config.ts
 * swaps the literal for an empty slot that is filled here just before wink reads it);
 * elsewhere (Node, tests) the model is bundled and `modelUrl` is not used.
 */
export async function loadWinkAnalyzer(modelUrl: string): Promise<Analyzer> {
  if (import.meta.env.TACT_LAZY_WINK === 'true') {
    const response = await fetch(modelUrl);
    if (!response.ok) throw new Error(`could not read wink's model (${response.status})`);
    const slot = ((globalThis as { __tactWinkCoreModel?: object }).__tactWinkCoreModel ??= {});
    Object.assign(slot, await response.json());
  }
  return createAnalyzer(model);
}
