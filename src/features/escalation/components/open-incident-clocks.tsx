// Every open incident with all its clocks: the On-call page's view of what is burning now.
import type { Incident } from '@/domain/incident/incident';
import { severityRank } from '@/domain/severity/levels';
import { useOpenIncidents } from '@/state/incidents';
import { IncidentClocks } from './incident-clocks';
import { NearestClock } from './nearest-clock';

const worstFirst = (a: Incident, b: Incident) => severityRank(a.severity) - severityRank(b.severity) || a.createdAt - b.createdAt;

export function OpenIncidentClocks() {
  const open = useOpenIncidents();
  if (!open) return <p className="muted">Loading incidents…</p>;
  if (open.length === 0) return <p className="empty">No open incident.</p>;
  return (
    <div className="stack">
      {[...open].sort(worstFirst).map((incident) => (
        <details key={incident.id} open={open.length <= 3}>
          <summary>
            <span className="severity">{incident.severity}</span> {incident.id} · {incident.title} <NearestClock incident={incident} />
          </summary>
          <IncidentClocks incident={incident} />
        </details>
      ))}
    </div>
  );
}
