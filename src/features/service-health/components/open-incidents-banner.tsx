// Open incidents on top of the overview: what is being worked on right now, most severe first.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { SEVERITY_INFO, severityRank } from '@/domain/severity/levels';
import { formatDuration } from '@/domain/time/format';
import { useServiceName } from '@/state/catalogue';
import { useNow } from '@/state/clock';
import { useOpenIncidents } from '@/state/incidents';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';
import './service-health.css';

interface Props {
  /**
   * The nearest clock of an incident (next escalation or update due), drawn at the end of its
   * row; app/ composes the escalation feature's clock in.
   */
  renderNearestClock?: (incident: Incident) => ReactNode;
}

export function OpenIncidentsBanner({ renderNearestClock }: Props) {
  const serviceName = useServiceName();
  const incidents = useOpenIncidents();
  const now = useNow(30_000);
  const sorted = incidents ? [...incidents].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.createdAt - b.createdAt) : [];
  return (
    <Panel id="open-incidents" title={incidents ? `Open incidents (${incidents.length})` : 'Open incidents'} className="incident-banner">
      {!incidents ? (
        <p className="muted">Loading…</p>
      ) : sorted.length === 0 ? (
        <p className="empty">No open incidents.</p>
      ) : (
        <ul className="incident-rows">
          {sorted.map((incident) => (
            <li key={incident.id} className="incident-row" data-incident={incident.id}>
              <span className="severity" title={SEVERITY_INFO[incident.severity].impact}>
                {incident.severity} {SEVERITY_INFO[incident.severity].label}
              </span>
              <Link to={`/incidents/${encodeURIComponent(incident.id)}`} className="incident-row-id">
                {incident.id}
              </Link>
              <span className="incident-row-title">{incident.title}</span>
              <span className="tag">{STATUS_LABEL[incident.status]}</span>
              <span className="incident-row-age">
                open {formatDuration(now - incident.createdAt)} (declared <RelativeTime at={incident.createdAt} now={now} />)
              </span>
              {incident.services.length > 0 && <span className="muted incident-row-services">{incident.services.map(serviceName).join(', ')}</span>}
              <span className="nearest-clock-slot">{renderNearestClock?.(incident)}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
