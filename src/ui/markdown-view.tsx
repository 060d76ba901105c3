// Markdown written by people, shown as formatted text that cannot run anything. Three layers:
// marked (GFM) renders it with raw HTML in the source escaped as text; DOMPurify then removes
// anything executable that slipped through (javascript: links, event attributes); ```mermaid
// fences become MermaidDiagram (lazy, securityLevel 'strict') instead of HTML. Why these two:
// both are small, widely used and maintained, and already ship with mermaid, so they add
// nothing to install.
import { useDeferredValue, useMemo } from 'react';
import DOMPurify from 'dompurify';
import { Marked, type Token, type TokensList } from 'marked';
import { MermaidDiagram } from './mermaid-diagram';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  async: false,
  // Raw HTML in the source shows as the text that was typed, never as markup.
  renderer: { html: ({ text }) => escapeHtml(text) },
});

let hooked = false;
function purify(html: string): string {
  if (!hooked) {
    // Links leave the app in a new tab and cannot reach back into it.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}

type Block = { kind: 'html'; html: string } | { kind: 'mermaid'; source: string };

/**
 * Markdown → blocks of HTML (raw HTML escaped, not yet sanitised), with mermaid fences kept apart
 * for the diagram component. `sanitise` runs on each HTML block.
 */
export function markdownBlocks(source: string, sanitise: (html: string) => string = purify): Block[] {
  const tokens = marked.lexer(source);
  const blocks: Block[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (!run.length) return;
    const list = Object.assign(run, { links: tokens.links }) as TokensList;
    blocks.push({ kind: 'html', html: sanitise(marked.parser(list)) });
    run = [];
  };
  for (const token of tokens) {
    if (token.type === 'code' && (token as { lang?: string }).lang?.trim().toLowerCase() === 'mermaid') {
      flush();
      blocks.push({ kind: 'mermaid', source: (token as { text: string }).text });
    } else run.push(token);
  }
  flush();
  return blocks;
}

interface Props {
  source: string;
  /** Shown when there is no text. */
  empty?: string;
  className?: string;
}

export function MarkdownView({ source, empty = 'Nothing written yet.', className }: Props) {
  // Typing stays responsive on long texts: the preview may lag a keystroke behind.
  const deferred = useDeferredValue(source);
  const blocks = useMemo(() => markdownBlocks(deferred), [deferred]);
  if (!deferred.trim()) return <p className={`markdown is-empty muted${className ? ` ${className}` : ''}`}>{empty}</p>;
  return (
    <div className={`markdown${className ? ` ${className}` : ''}`}>
      {blocks.map((b, i) =>
        b.kind === 'mermaid' ? (
          <MermaidDiagram key={i} source={b.source} label="Diagram written in the text" />
        ) : (
          // Sanitised by DOMPurify above; raw HTML in the source was already escaped.
          <div key={i} dangerouslySetInnerHTML={{ __html: b.html }} />
        ),
      )}
    </div>
  );
}
