import { browser } from 'wxt/browser';
import type { PanelToBackground } from '../messaging/protocol';

export type ForgetResult = { ok: true } | { ok: false; error: string };

/** Asks the background to delete every stored chat and its analysis (it owns the database). */
export async function forgetAllLocalData(): Promise<ForgetResult> {
  const message: PanelToBackground = { type: 'data:forget-all' };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean; error?: string } | undefined;
    return reply?.ok ? { ok: true } : { ok: false, error: reply?.error ?? 'no answer from Tact' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
