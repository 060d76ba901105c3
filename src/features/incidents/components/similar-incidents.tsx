import '../incidents.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Incident } from '@/domain/incident/incident';
import { similarIncidents } from '@/domain/incident/similar';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { useIncidents } from '@/state/incidents';
import { Panel } from '@/ui/panel';
import { SeverityBadge } from '@/ui/severity-badge';

export function SimilarIncidents({ incident }: { incident: Incident }) {
  const all = useIncidents();
  const found = useMemo(() => (all ? similarIncidents(incident, all) : []), [all, incident]);
  return (
    <Panel id="incident-similar" title="Similar past incidents">
      {!all ? (
        <p className="muted">Looking…</p>
      ) : found.length === 0 ? (
        <p className="empty">No earlier incident on these services or with a similar title.</p>
      ) : (
        <ul className="plain-list stack">
          {found.map(({ incident: past, reasons }) => (
            <li key={past.id} className="similar">
              <p>
                <SeverityBadge severity={past.severity} short /> <Link to={`/incidents/${past.id}`}>{past.title}</Link>{' '}
                <span className="muted">({STATUS_LABEL[past.status].toLowerCase()})</span>
              </p>
              <p className="muted">Matched by {reasons.join('; ')}.</p>
              {past.rootCause && (
                <p>
                  <span className="muted">Root cause:</span> {past.rootCause}
                </p>
              )}
              {past.resolution && (
                <p>
                  <span className="muted">Resolution:</span> {past.resolution}
                </p>
              )}
              {past.postmortemId && (
                <p>
                  <Link to={`/incidents/${past.id}/postmortem`}>Postmortem {past.postmortemId}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
