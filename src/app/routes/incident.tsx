import { Link, useParams } from 'react-router';
import { IncidentActions } from '@/features/incidents/components/incident-actions';
import { IncidentHeader } from '@/features/incidents/components/incident-header';
import { LifecyclePanel } from '@/features/incidents/components/lifecycle-panel';
import { PhaseChecklist } from '@/features/incidents/components/phase-checklist';
import { SimilarIncidents } from '@/features/incidents/components/similar-incidents';
import { Timeline } from '@/features/incidents/components/timeline';
import { useIncident, useIncidentEvents } from '@/state/incidents';

export default function IncidentRoute() {
  const { incidentId } = useParams();
  const incident = useIncident(incidentId);
  const events = useIncidentEvents(incidentId);
  if (incident === undefined || events === undefined) return <p className="muted">Loading {incidentId}…</p>;
  if (incident === null) {
    return (
      <>
        <div className="page-header">
          <h1>No incident {incidentId}</h1>
        </div>
        <p>
          This browser has no incident with that id. See the <Link to="/incidents">incident list</Link>, or import a backup in Settings.
        </p>
      </>
    );
  }
  return (
    <>
      <IncidentHeader incident={incident} />
      <div className="incident-layout">
        <div className="stack">
          <IncidentActions incident={incident} />
          <Timeline incident={incident} events={events} />
        </div>
        <div className="stack">
          <LifecyclePanel incident={incident} />
          <PhaseChecklist incident={incident} />
          <SimilarIncidents incident={incident} />
          {incident.status !== 'detected' && incident.resolvedAt !== null && (
            <p>
              <Link to={`/incidents/${incident.id}/postmortem`}>
                {incident.postmortemId ? `Postmortem ${incident.postmortemId}` : 'Start the postmortem'}
              </Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
