// Shape-coded icons for the health states: a check, a triangle, a cross, a question mark. With
// the word beside them, colour is never the only signal.
import type { HealthState } from '@/domain/health/health-state';

const PATHS: Record<HealthState, string> = {
  healthy: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3.3 4.8-4 4.5a.8.8 0 0 1-1.2 0L4.7 8.9a.8.8 0 1 1 1.2-1.1l.8.9 3.4-3.9a.8.8 0 0 1 1.2 1Z',
  degraded:
    'M8.9 1.6a1 1 0 0 0-1.8 0L.6 13.5A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .9-1.5ZM8 5.2c.5 0 .8.4.8.8v3.6a.8.8 0 1 1-1.6 0V6c0-.4.3-.8.8-.8Zm0 8a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z',
  broken:
    'M5 1 1 5v6l4 4h6l4-4V5l-4-4Zm5.7 10.7a.8.8 0 0 1-1.1 0L8 9.1l-1.6 1.6a.8.8 0 1 1-1.1-1.1L6.9 8 5.3 6.4a.8.8 0 0 1 1.1-1.1L8 6.9l1.6-1.6a.8.8 0 1 1 1.1 1.1L9.1 8l1.6 1.6c.3.3.3.8 0 1.1Z',
  unknown:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 11.5a.9.9 0 1 1 0-1.8.9.9 0 0 1 0 1.8Zm1.2-4.3c-.5.3-.5.5-.5.8a.7.7 0 0 1-1.4 0c0-.9.5-1.4 1-1.7.5-.3.7-.5.7-.9 0-.5-.4-.8-1-.8s-1 .3-1.1.8a.7.7 0 1 1-1.4-.2C5.7 4.8 6.7 4.2 8 4.2c1.4 0 2.4.8 2.4 2.1 0 1-.6 1.5-1.2 1.9Z',
};

export function StatusIcon({ state, size = 16 }: { state: HealthState; size?: number }) {
  return (
    <svg className={`status-icon state-${state}`} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={PATHS[state]} />
    </svg>
  );
}
