import { describe, expect, it } from 'vitest';
import { MAX_RENDER_CHARS, renderMarkdown, safeHref } from './render-markdown';

const parse = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('renderMarkdown', () => {
  it('renders the Markdown snippets use', () => {
    const el = parse(renderMarkdown('**Free** returns:\n\n1. Print the label\n2. Drop it off\n\n[Track](https://example.com/t)'));
    expect(el.querySelector('strong')?.textContent).toBe('Free');
    expect(el.querySelectorAll('ol li')).toHaveLength(2);
    const a = el.querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://example.com/t');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a?.getAttribute('target')).toBe('_blank');
  });

  it('never lets raw HTML or scripts through', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick="x()">bold</b>\n\n<iframe src="https://evil.example"></iframe>');
    const el = parse(html);
    expect(el.querySelector('script, img, iframe, b, [onclick], [onerror]')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' javascript:alert(1)'])('drops %s links', (href) => {
    const el = parse(renderMarkdown(`[click](${href}) and <${href}>`));
    for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').toMatch(/^(https?:|mailto:|$)/);
    // The URL may stay visible as inert text, but never in an attribute.
    for (const node of el.querySelectorAll('*')) for (const attr of node.attributes) expect(attr.value).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(el.querySelector('script')).toBeNull();
  });

  it.each([['java\tscript:alert(1)'], ['\u0001javascript:x'], ['//evil.example'], ['/relative']])('safeHref refuses %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it('keeps mailto links', () => {
    expect(parse(renderMarkdown('[mail](mailto:service@northwind.example)')).querySelector('a')?.getAttribute('href')).toBe('mailto:service@northwind.example');
  });

  it('survives broken Markdown', () => {
    const el = parse(renderMarkdown('**unclosed *nested [link](http://x.example "t\n```\ncode never closed\n| a | b\n|---\n> > > >'));
    expect(el.textContent).toContain('code never closed');
  });

  it('renders 1 MB of text quickly and cuts it', () => {
    const start = performance.now();
    const html = renderMarkdown(`${'word '.repeat(200_000)}<script>x</script>`);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(html.length).toBeLessThan(MAX_RENDER_CHARS * 2);
    expect(html).not.toContain('<script');
  });
});
