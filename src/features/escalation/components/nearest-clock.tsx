// The one most urgent clock of an incident, for list rows and the overview banner:
// `<NearestClock incident={incident} />`. Re-renders only when the text it shows changes.
import type { Incident } from '@/domain/incident/incident';
import { useNearestClock } from '@/state/escalation';
import { Countdown } from '@/ui/countdown';

export function NearestClock({ incident }: { incident: Incident }) {
  const { clock } = useNearestClock(incident);
  if (!clock) {
    return (
      <span className="muted" data-testid={`nearest-clock-${incident.id}`} data-state="none">
        No clock running
      </span>
    );
  }
  return (
    <Countdown
      label={clock.label}
      state={clock.state}
      remainingMs={clock.remainingMs}
      dueAt={clock.dueAt}
      outcome={clock.outcome}
      compact
      testId={`nearest-clock-${incident.id}`}
    />
  );
}
