// The marked layer only. DOMPurify is exercised in real Chromium by e2e/postmortem-safety.spec.ts:
// under happy-dom it does not sanitise faithfully (it kept an onerror attribute in a trial), so a
// unit test here would test happy-dom, not the app.
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-view';

const html = (source: string) =>
  markdownBlocks(source, (h) => h)
    .map((b) => (b.kind === 'html' ? b.html : `[mermaid:${b.source}]`))
    .join('');

describe('Markdown rendering (before sanitising)', () => {
  it('formats Markdown: headings, emphasis, lists, GFM tables, code', () => {
    const out = html('## Heading\n\n**bold** and _it_\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n`code`');
    expect(out).toContain('<h2>Heading</h2>');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<li>a</li>');
    expect(out).toContain('<td>1</td>');
    expect(out).toContain('<code>code</code>');
  });

  it.each(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg onload=alert(1)>', 'text <b onclick=x>inline</b> tag'])(
    'escapes raw HTML %s as text',
    (source) => {
      const out = html(source);
      expect(out).not.toMatch(/<(img|script|svg|b)\b/);
      expect(out).toContain('&lt;');
    },
  );

  it('keeps mermaid fences apart for the diagram component, other fences as code', () => {
    expect(markdownBlocks('Before\n\n```mermaid\nflowchart TD\n  A --> B\n```\n\nAfter', (h) => h).map((b) => b.kind)).toEqual([
      'html',
      'mermaid',
      'html',
    ]);
    expect(html('```mermaid\nflowchart TD\n```')).toBe('[mermaid:flowchart TD]');
    expect(html('```js\nx\n```')).toContain('<pre><code class="language-js">x');
  });

  it('keeps reference links working across a diagram', () => {
    expect(html('[runbook][r]\n\n```mermaid\nx\n```\n\n[r]: https://example.org/runbook')).toContain('href="https://example.org/runbook"');
  });
});
