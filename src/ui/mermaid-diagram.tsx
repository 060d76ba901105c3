// Renders mermaid source to SVG. Mermaid (~170 kB gzip for what we use) is imported only when a
// diagram is on screen, and always with securityLevel 'strict' (no HTML labels, no click
// callbacks). Callers build their source with domain/diagram's mermaidText for any user text.
import { useEffect, useId, useRef, useState } from 'react';
import type MermaidModule from 'mermaid';

type MermaidApi = typeof MermaidModule;
let loading: Promise<MermaidApi> | null = null;

function loadMermaid(): Promise<MermaidApi> {
  loading ??= import('mermaid').then((m) => m.default);
  return loading;
}

function currentTheme(): 'dark' | 'default' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default';
}

interface Props {
  source: string;
  /** What the diagram shows, for people who cannot see it. */
  label: string;
  className?: string;
}

export function MermaidDiagram({ source, label, className }: Props) {
  const id = `mmd-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const mermaid = await loadMermaid();
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: currentTheme(), fontFamily: 'system-ui, sans-serif' });
        const { svg } = await mermaid.render(id, source);
        if (cancelled || !host.current) return;
        host.current.innerHTML = svg;
        setError(null);
        setRendered(true);
      } catch (e) {
        // mermaid leaves a failed render's element in the body; remove it.
        document.getElementById(id)?.remove();
        document.getElementById(`d${id}`)?.remove();
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [id, source]);

  return (
    <figure className={`mermaid-figure${className ? ` ${className}` : ''}`} aria-label={label} role="img" aria-busy={!rendered && !error}>
      <div ref={host} className="mermaid-host" />
      {!rendered && !error && <p className="muted">Drawing diagram…</p>}
      {error && (
        <div className="notice is-error">
          <p>The diagram could not be drawn: {error}</p>
          <pre className="mono">{source}</pre>
        </div>
      )}
    </figure>
  );
}
