// The incident view composes the features an incident commander works with, most urgent first:
// the clocks, the actions, the record; beside them the update being drafted, the machine, the
// guidance and what is known about the services.
import { Link, useParams } from 'react-router';
import { CommsPanel } from '@/features/comms/components/comms-panel';
import { UpdateHistory } from '@/features/comms/components/update-history';
import { IncidentClocks } from '@/features/escalation/components/incident-clocks';
import { OnCallNow } from '@/features/escalation/components/on-call-now';
import { IncidentActions } from '@/features/incidents/components/incident-actions';
import { IncidentHeader } from '@/features/incidents/components/incident-header';
import { LifecyclePanel } from '@/features/incidents/components/lifecycle-panel';
import { PhaseChecklist } from '@/features/incidents/components/phase-checklist';
import { SimilarIncidents } from '@/features/incidents/components/similar-incidents';
import { Timeline } from '@/features/incidents/components/timeline';
import { RunbookPanel } from '@/features/runbooks/components/runbook-panel';
import { useIncident, useIncidentEvents } from '@/state/incidents';
import { Panel } from '@/ui/panel';

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
  const canPostmortem = incident.status === 'resolved' || incident.status === 'monitoring' || incident.status === 'closed';
  return (
    <>
      <IncidentHeader incident={incident} />
      <div className="incident-layout">
        <div className="stack">
          <Panel id="incident-clocks" title="Clocks" meta="computed from the incident's own times; they read the same after a reload or sleep">
            <IncidentClocks incident={incident} />
            <h3>On call for {incident.team || 'this incident'}</h3>
            <OnCallNow team={incident.team} />
          </Panel>
          <IncidentActions incident={incident} />
          <Timeline incident={incident} events={events} />
          <UpdateHistory incident={incident} events={events} />
        </div>
        <div className="stack">
          <CommsPanel incident={incident} events={events} />
          <LifecyclePanel incident={incident} />
          <PhaseChecklist incident={incident} />
          {canPostmortem && (
            <Panel id="incident-postmortem" title="Postmortem">
              <Link to={`/incidents/${incident.id}/postmortem`} className="button">
                {incident.postmortemId ? `Open postmortem ${incident.postmortemId}` : 'Start the postmortem'}
              </Link>
            </Panel>
          )}
          <RunbookPanel serviceIds={incident.services} />
          <SimilarIncidents incident={incident} />
        </div>
      </div>
    </>
  );
}
