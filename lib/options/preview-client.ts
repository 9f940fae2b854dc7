import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { AdapterPreview, AdapterPreviewRequest } from '../content/preview-adapter';

export interface PreviewTab {
  id: number;
  title: string;
  url: string;
}

/** Open web pages Tact may look at (the browser shows their URL only where Tact has access). */
export async function previewTabs(): Promise<PreviewTab[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => (tab.id !== undefined && tab.url && /^https?:/.test(tab.url) ? [{ id: tab.id, title: tab.title ?? tab.url, url: tab.url }] : []));
}

/** Asks the page's content script what the selectors match, starting it there if needed. */
export async function previewOnTab(tabId: number, spec: unknown): Promise<AdapterPreview> {
  const request: AdapterPreviewRequest = { type: 'adapter:preview', spec };
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as AdapterPreview;
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/chat.js'] });
      return (await browser.tabs.sendMessage(tabId, request)) as AdapterPreview;
    } catch {
      return { ok: false, error: t('optionsPreviewNoAccess') };
    }
  }
}
