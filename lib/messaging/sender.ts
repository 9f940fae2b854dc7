/** Who sent a runtime message or opened a port, as the browser reports it. Kept free of zod, for the panel's bundle. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** One of this extension's own pages (the side panel, also when opened as a tab; options; console). */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
