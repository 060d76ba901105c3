import { lazy, Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { isResolved } from '@/domain/incident/lifecycle';
import { useOpenIncidents } from '@/state/incidents';
import { useUiStore, type ThemePreference } from '@/state/ui-store';
import { useApplyTheme } from './use-theme';
import { SourceStatusLine } from './source-status';
import { SourceSync } from './source-sync';
import { RouteErrorBoundary } from './route-error';
import { IdentityPrompt } from './identity-prompt';
import { UpdatePrompt } from './update-prompt';

// Lazy: it is not needed for the first paint of `/`, and keeps the escalation code out of its budget.
const EscalationWatcher = lazy(() => import('@/features/escalation/components/escalation-watcher').then((m) => ({ default: m.EscalationWatcher })));

/**
 * The escalation watcher (clocks, alarms, writing escalations) loads only while some incident is
 * still unresolved: resolved ones have no clock that can run out. A calm dashboard does not
 * download it at all.
 */
function EscalationGate() {
  const open = useOpenIncidents();
  if (!open?.some((i) => !isResolved(i.status))) return null;
  return (
    <Suspense fallback={null}>
      <EscalationWatcher />
    </Suspense>
  );
}

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/incidents', label: 'Incidents', end: false },
  { to: '/metrics', label: 'Metrics', end: false },
  { to: '/on-call', label: 'On-call', end: false },
  { to: '/wall', label: 'Wall display', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

function ThemeSelect() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <label className="inline">
      <span className="visually-hidden">Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemePreference)} aria-label="Theme">
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

export function Layout() {
  useApplyTheme();
  const { pathname, search } = useLocation();
  const kiosk = new URLSearchParams(search).get('kiosk') === '1';
  return (
    <div className={`app${kiosk ? ' is-kiosk' : ''}`}>
      <SourceSync />
      <UpdatePrompt />
      <EscalationGate />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand">
          Watchfloor
        </NavLink>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-right">
          <SourceStatusLine />
          <ThemeSelect />
          <NavLink to="/incidents/new" className="button primary">
            Declare incident
          </NavLink>
        </div>
      </header>
      {/* Settings has the name field itself. */}
      {!kiosk && !pathname.startsWith('/settings') && <IdentityPrompt />}
      <main id="main" className="main">
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  );
}
