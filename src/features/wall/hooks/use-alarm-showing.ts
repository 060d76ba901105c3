// Whether a clock alarm is showing right now (the banner the escalation watcher draws), derived
// the same way from the same clocks, so the heap guard never reloads the page under it.
import { activeAlarms } from '@/domain/escalation/watch';
import { useNowWhen } from '@/state/clock';
import { useClockInputs } from '@/state/escalation';
import { useOpenIncidents } from '@/state/incidents';

export function useAlarmShowing(): boolean {
  const incidents = useOpenIncidents();
  const inputs = useClockInputs();
  const showing = (now: number) =>
    incidents !== undefined && activeAlarms(incidents, (i) => inputs.policies[i.severity], inputs.directory, now, inputs.settings).length > 0;
  const now = useNowWhen((t) => String(showing(t)));
  return showing(now);
}
