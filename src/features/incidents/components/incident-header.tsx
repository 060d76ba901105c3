import '../incidents.css';
import { Link } from 'react-router';
import type { Incident } from '@/domain/incident/incident';
import { ROLE_LABEL, ROLES } from '@/domain/incident/roles';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { formatDuration } from '@/domain/time/format';
import { useServiceName } from '@/state/catalogue';
import { useNow } from '@/state/clock';
import { RelativeTime } from '@/ui/relative-time';
import { SeverityBadge } from '@/ui/severity-badge';

export function IncidentHeader({ incident }: { incident: Incident }) {
  const now = useNow(1_000);
  const serviceName = useServiceName();
  const end = incident.closedAt ?? now;
  return (
    <header className="incident-header">
      <p className="mono muted incident-id">{incident.id}</p>
      <h1>{incident.title}</h1>
      <dl className="incident-facts">
        <div>
          <dt>Severity</dt>
          <dd>
            <SeverityBadge severity={incident.severity} />
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="incident-status">
            <strong>{STATUS_LABEL[incident.status]}</strong>
          </dd>
        </div>
        <div>
          <dt>Declared</dt>
          <dd>
            <RelativeTime at={incident.createdAt} now={now} />
          </dd>
        </div>
        <div>
          <dt>{incident.closedAt ? 'Lasted' : 'Age'}</dt>
          <dd data-testid="incident-age">{formatDuration(end - incident.createdAt)}</dd>
        </div>
        <div>
          <dt>Services</dt>
          <dd>
            {incident.services.length === 0
              ? 'none'
              : incident.services.map((s, n) => (
                  <span key={s}>
                    {n > 0 && ', '}
                    <Link to={`/services/${encodeURIComponent(s)}`}>{serviceName(s)}</Link>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>Team</dt>
          <dd>{incident.team || 'none'}</dd>
        </div>
        <div>
          <dt>Customer-facing</dt>
          <dd>{incident.customerFacing ? 'yes' : 'no'}</dd>
        </div>
        {ROLES.map((role) => (
          <div key={role}>
            <dt>{ROLE_LABEL[role]}</dt>
            <dd>{incident.roles[role] || <span className="muted">unassigned</span>}</dd>
          </div>
        ))}
      </dl>
      {incident.demo && <p className="tag">Demo data</p>}
    </header>
  );
}
