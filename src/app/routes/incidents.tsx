import { Link } from 'react-router';
import { IncidentList } from '@/features/incidents/components/incident-list';
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
      {incidents ? <IncidentList incidents={incidents} /> : <p className="muted">Loading incidents…</p>}
    </>
  );
}
