import { HEALTH_WORD, type HealthState } from '@/domain/health/health-state';
import { StatusIcon } from './status-icon';

/** A health state as icon + word on the state's colour. */
export function StatusBadge({ state, label, solid = false }: { state: HealthState; label?: string; solid?: boolean }) {
  return (
    <span className={`status-badge state-${state}${solid ? ' is-solid' : ''}`}>
      <StatusIcon state={state} />
      <span>{label ?? HEALTH_WORD[state]}</span>
    </span>
  );
}
