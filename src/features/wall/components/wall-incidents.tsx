// Open incidents on the wall: severity, status, age and the clocks that are running, most severe
// first. The clocks are computed from stored timestamps and the shared clock, like everywhere else.
import { useRef } from 'react';
import { nearestClock, type Clock } from '@/domain/escalation/deadlines';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { severityRank } from '@/domain/severity/levels';
import { coarseDuration } from '@/domain/wall/service-figures';
import { useIncidentClocks } from '@/state/escalation';
import { useServiceName } from '@/state/catalogue';
import { Countdown } from '@/ui/countdown';
import { SeverityBadge } from '@/ui/severity-badge';
import { useFitCount } from '../hooks/use-fit-count';

/** The two most urgent running clocks: what the room should watch. */
function urgentClocks(clocks: readonly Clock[]): Clock[] {
  const first = nearestClock(clocks);
  const second = first ? nearestClock(clocks.filter((c) => c !== first)) : null;
  return [first, second].filter((c): c is Clock => c !== null);
}

function IncidentRow({ incident, now, serviceName }: { incident: Incident; now: number; serviceName: (id: string) => string }) {
  const { clocks } = useIncidentClocks(incident);
  const urgent = urgentClocks(clocks);
  return (
    <li className="wall-incident" data-fit-item data-incident={incident.id}>
      <div className="wall-incident-head">
        <SeverityBadge severity={incident.severity} />
        <span className="wall-incident-id">{incident.id}</span>
        <span className="wall-incident-title">{incident.title}</span>
      </div>
      <div className="wall-incident-facts">
        <span className="tag">{STATUS_LABEL[incident.status]}</span>
        <span>open {coarseDuration(now - incident.createdAt)}</span>
        {incident.services.length > 0 && <span className="wall-incident-services">{incident.services.map(serviceName).join(', ')}</span>}
      </div>
      <div className="wall-incident-clocks">
        {urgent.length === 0 ? (
          <span className="muted">No clock running</span>
        ) : (
          urgent.map((c) => (
            <Countdown
              key={c.kind}
              label={c.label}
              state={c.state}
              remainingMs={c.remainingMs}
              dueAt={c.dueAt}
              outcome={c.outcome}
              testId={`wall-clock-${incident.id}-${c.kind}`}
            />
          ))
        )}
      </div>
    </li>
  );
}

export function WallIncidents({ incidents, now }: { incidents: readonly Incident[]; now: number }) {
  const serviceName = useServiceName();
  const box = useRef<HTMLDivElement>(null);
  const sorted = [...incidents].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.createdAt - b.createdAt);
  const shown = useFitCount(box, sorted.length, sorted.map((i) => `${i.id}:${i.status}:${i.severity}`).join(','));
  const hidden = sorted.length - shown;
  return (
    <div ref={box} className="wall-list-box">
      {sorted.length === 0 ? (
        <p className="wall-empty">No open incidents.</p>
      ) : (
        <ul className="wall-incidents">
          {sorted.slice(0, shown).map((incident) => (
            <IncidentRow key={incident.id} incident={incident} now={now} serviceName={serviceName} />
          ))}
          {hidden > 0 && (
            <li className="wall-more">
              and {hidden} more open {hidden === 1 ? 'incident' : 'incidents'}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
