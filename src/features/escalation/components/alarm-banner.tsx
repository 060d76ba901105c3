// The alarm every tab shows while a clock has run out: which incident, what ran out and for how
// long, and the one action that silences it (acknowledge) right there.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Alarm } from '@/domain/escalation/watch';
import type { Incident } from '@/domain/incident/incident';
import { formatDuration } from '@/domain/time/format';
import { useAuthor, useIncidentCommand } from '@/state/incident-commands';
import { StatusIcon } from '@/ui/status-icon';
import '../escalation.css';

function AcknowledgeButton({ incident }: { incident: Incident }) {
  const author = useAuthor();
  const run = useIncidentCommand(incident.id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!author) {
    return (
      <Link to="/settings" className="button">
        Set your name to acknowledge
      </Link>
    );
  }
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const result = await run({ type: 'acknowledge', by: author });
            setError(result.ok ? null : result.error);
          } catch (e) {
            setError((e as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        Acknowledge {incident.id}
      </button>
      {error && <span className="field-error">{error}</span>}
    </>
  );
}

interface Props {
  alarms: readonly Alarm[];
  incidents: readonly Incident[];
  now: number;
}

/** Rows the banner shows; past that it names how many more and links to them, so a backlog of
 * overdue incidents cannot push the page below the fold or re-render hundreds of rows a second. */
export const BANNER_ROWS = 3;

/** Incidents with alarms, most severe first, then the longest overdue. */
function byUrgency(alarms: readonly Alarm[]): [string, Alarm[]][] {
  const byIncident = new Map<string, Alarm[]>();
  for (const a of alarms) byIncident.set(a.incidentId, [...(byIncident.get(a.incidentId) ?? []), a]);
  const oldest = (list: Alarm[]) => Math.min(...list.map((a) => a.since));
  return [...byIncident.entries()].sort(([, a], [, b]) => a[0]!.severity.localeCompare(b[0]!.severity) || oldest(a) - oldest(b));
}

export function AlarmBanner({ alarms, incidents, now }: Props) {
  const titleId = useId();
  const ranked = byUrgency(alarms);
  const shown = ranked.slice(0, BANNER_ROWS);
  const more = ranked.length - shown.length;
  // Announced once per change of what ran out, not on every second of the timers.
  const announcement =
    shown.map(([id, list]) => `${id}: ${list.map((a) => a.message).join('; ')}`).join('. ') + (more > 0 ? `. And ${more} more incidents.` : '');
  return (
    <section className="alarm-banner" aria-labelledby={titleId} data-testid="alarm-banner">
      <h2 id={titleId}>
        <StatusIcon state="broken" />
        {ranked.length === 1 ? 'A clock has run out' : `Clocks have run out on ${ranked.length} incidents`}
      </h2>
      <p className="visually-hidden" role="alert">
        {announcement}
      </p>
      <ul className="alarm-list">
        {shown.map(([id, list]) => {
          const incident = incidents.find((i) => i.id === id);
          const first = list[0]!;
          return (
            <li key={id} className="alarm-item" data-testid={`alarm-${id}`}>
              <span className="severity">{first.severity}</span>
              <Link to={`/incidents/${id}`}>{id}</Link>
              <span className="incident-title">{first.title}</span>
              <span className="alarm-messages">
                {list.map((a) => (
                  <span key={a.key} data-kind={a.kind}>
                    {a.message} —{' '}
                    <strong>
                      {a.kind === 'escalation' ? `${formatDuration(now - a.since)} ago` : `overdue by ${formatDuration(now - a.since)}`}
                    </strong>
                  </span>
                ))}
              </span>
              {incident && incident.acknowledgedAt === null && <AcknowledgeButton incident={incident} />}
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <p className="alarm-more" data-testid="alarm-more">
          And {more} more {more === 1 ? 'incident' : 'incidents'} with clocks run out — <Link to="/on-call">see every open incident's clocks</Link>
        </p>
      )}
    </section>
  );
}
