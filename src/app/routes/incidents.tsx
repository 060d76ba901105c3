import { Link } from 'react-router';
import { NearestClock } from '@/features/escalation/components/nearest-clock';
import { IncidentList } from '@/features/incidents/components/incident-list';
import { OpenActionItemsPanel } from '@/features/postmortem/components/open-action-items-panel';
import { PostmortemsPanel } from '@/features/postmortem/components/postmortems-panel';
import { useIncidents } from '@/state/incidents';

export default function IncidentsRoute() {
  const incidents = useIncidents();
  return (
    <>
      <div className="page-header">
        <h1>Incidents</h1>
        <div className="actions">
          <Link to="/incidents/new" className="button primary">
            Declare incident
          </Link>
        </div>
      </div>
      {incidents ? (
        <IncidentList incidents={incidents} renderClock={(i) => <NearestClock incident={i} />} />
      ) : (
        <p className="muted">Loading incidents…</p>
      )}
      {/* Follow-up across postmortems, below the list. */}
      <div className="grid grid-2 pm-incidents-panels" style={{ marginTop: '1rem' }}>
        <OpenActionItemsPanel />
        <PostmortemsPanel />
      </div>
    </>
  );
}
