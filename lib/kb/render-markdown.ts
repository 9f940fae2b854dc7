/**
 * Snippet Markdown → sanitised HTML for the side panel. Runs in the panel (DOMPurify needs a
 * DOM; the service worker has none). Safe by construction, then sanitised again: marked's raw
 * HTML tokens are escaped, images become their alt text, links keep only http/https/mailto and
 * open in a new tab with rel="noopener noreferrer"; DOMPurify then strips anything else. (The
 * first layer matters: DOMPurify misbehaves under happy-dom, so the tests check the HTML
 * marked produces, and a browser gets both layers.) Oversized bodies are cut before parsing
 * so a 1 MB snippet cannot stall the panel.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

export const MAX_RENDER_CHARS = 50_000;
const SAFE_URL = /^(?:https?:|mailto:)/i;
// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

/** The URL if its scheme is http, https or mailto; undefined otherwise. */
export function safeHref(href: string): string | undefined {
  const compact = href.replace(IGNORED_IN_URL, '');
  return SAFE_URL.test(compact) ? compact : undefined;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // Raw HTML in a snippet is shown as text, never interpreted.
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
    link({ href, tokens }) {
      const label = this.parser.parseInline(tokens);
      const url = safeHref(href);
      return url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${label}</a>` : label;
    },
  },
});

let purifier: ReturnType<typeof DOMPurify> | undefined;
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    if (!safeHref(node.getAttribute('href') ?? '')) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = p;
  return p;
}

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

export function renderMarkdown(markdown: string): string {
  const source = markdown.length > MAX_RENDER_CHARS ? `${markdown.slice(0, MAX_RENDER_CHARS)}…` : markdown;
  const html = marked.parse(source, { async: false });
  return getPurifier().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'target', 'rel'], ALLOWED_URI_REGEXP: SAFE_URL });
}
