// Every panel sits in its own error boundary: a panel that throws shows its error and a Retry
// button, and the rest of the page keeps working. Retry also resets failed react-query queries
// inside the panel so they fetch again.
import { Component, useId, type ErrorInfo, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';

interface PanelProps {
  /** Stable id, used by `?crashPanel=<id>` (a diagnostic that makes the panel throw until Retry). */
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  /** Shown under the title: e.g. "data as of 14:05 (3 min ago)". */
  meta?: ReactNode;
  stale?: boolean;
  className?: string;
  children: ReactNode;
}

export function Panel({ id, title, actions, meta, stale, className, children }: PanelProps) {
  const titleId = useId();
  return (
    <section className={`panel${stale ? ' is-stale' : ''}${className ? ` ${className}` : ''}`} aria-labelledby={titleId} data-panel={id}>
      <header className="panel-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {meta && <div className="panel-meta">{meta}</div>}
        </div>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <PanelBoundary panelId={id} onReset={reset}>
            <CrashProbe panelId={id} />
            {children}
          </PanelBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}

const retried = new Set<string>();

/** Throws while `?crashPanel=<id>` names this panel and Retry has not been pressed. */
function CrashProbe({ panelId }: { panelId: string }) {
  const requested = new URLSearchParams(window.location.search).get('crashPanel');
  if (requested === panelId && !retried.has(panelId)) {
    throw new Error(`Diagnostic crash of the "${panelId}" panel (requested by ?crashPanel=${panelId}).`);
  }
  return null;
}

interface BoundaryProps {
  panelId: string;
  onReset(): void;
  children: ReactNode;
}

class PanelBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Panel "${this.props.panelId}" failed`, error, info.componentStack);
  }

  private readonly retry = () => {
    retried.add(this.props.panelId);
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p>
          <strong>This panel failed.</strong> {this.state.error.message}
        </p>
        <p className="muted">The rest of the page still works.</p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
  }
}
