// The page-level error boundary: a route module that fails to load (a new build replaced the
// old chunks, or the network is down) or a page that throws outside any panel.
import { Component, type ReactNode } from 'react';

export class RouteErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }) {
    // Navigating elsewhere clears the error.
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <>
        <div className="page-header">
          <h1>This page could not be shown</h1>
        </div>
        <div className="notice is-error" role="alert">
          <p>{this.state.error.message}</p>
          <p>
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>{' '}
            or go to the <a href="/">overview</a>.
          </p>
        </div>
      </>
    );
  }
}
