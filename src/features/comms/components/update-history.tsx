// Every update published for an incident, newest first: which template, to whom, what it said,
// and how long after the previous one compared with the cadence its severity asked for. Late
// updates are marked in words, with an icon and colour (DOMAIN.md §13).
import { useMemo } from 'react';
import { nextUpdateDue, updateGaps, type UpdateGap } from '@/domain/comms/cadence';
import { formatSentTime } from '@/domain/comms/context';
import { AUDIENCE_LABEL } from '@/domain/comms/templates';
import type { EventOf, IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { isResolved } from '@/domain/incident/lifecycle';
import { formatDuration } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';
import { StatusBadge } from '@/ui/status-badge';
import { zoneLabel } from '../hooks/use-comms-data';
import { DraftPreview } from './draft-preview';
import '../comms.css';

interface Props {
  incident: Incident;
  events: IncidentEvent[];
}

export function UpdateHistory({ incident, events }: Props) {
  const settings = useSettings();
  const gaps = useMemo(() => updateGaps(events, settings.severity), [events, settings.severity]);
  const published = useMemo(
    () => new Map(events.filter((e): e is EventOf<'update_published'> => e.kind === 'update_published').map((e) => [e.id, e])),
    [events],
  );
  const late = gaps.filter((g) => g.lateByMs > 0).length;
  return (
    <Panel
      id="comms-history"
      title="Updates sent"
      className="comms-history-panel"
      meta={gaps.length > 0 && `${gaps.length} sent${late ? `, ${late} late` : ', none late'}`}
    >
      <div className="stack">
        <NextUpdateLine incident={incident} events={events} />
        {gaps.length === 0 ? (
          <p className="empty">No updates sent yet.</p>
        ) : (
          <ol className="comms-history" aria-label="Published updates, newest first">
            {[...gaps].reverse().map((gap, index) => {
              const event = published.get(gap.eventId);
              return event ? <HistoryItem key={gap.eventId} gap={gap} event={event} open={index === 0} /> : null;
            })}
          </ol>
        )}
      </div>
    </Panel>
  );
}

function NextUpdateLine({ incident, events }: Props) {
  const settings = useSettings();
  const now = useNow();
  const cadence = settings.severity[incident.severity].updateMinutes;
  const due = nextUpdateDue(events, settings.severity);
  const cadenceText =
    cadence === null ? `${incident.severity} has no update cadence` : `Cadence: every ${formatDuration(cadence * 60_000)} (${incident.severity})`;
  if (due === null) {
    return (
      <p className="comms-next" data-testid="next-update">
        {cadenceText}. {isResolved(incident.status) ? 'Resolved: no further update is due.' : 'No update is due.'}
      </p>
    );
  }
  const overdue = now > due;
  return (
    <p className="comms-next row" data-testid="next-update">
      <span>
        {cadenceText}. Next update due by {formatSentTime(due, zoneLabel())}
        {overdue ? '' : ` — in ${formatDuration(due - now)}`}.
      </span>
      {overdue && <StatusBadge state="broken" label={`Overdue by ${formatDuration(now - due)}`} />}
    </p>
  );
}

/** Whole minutes are the precision of a cadence: "7 min", not "7 min 00 s". */
function span(ms: number): string {
  return ms < 60_000 ? 'under a minute' : formatDuration(Math.round(ms / 60_000) * 60_000).replace(/ 00 s$/, '');
}

function gapWords(gap: UpdateGap): string {
  const since = span(gap.at - gap.previousAt);
  const after = gap.isFirst ? `First update, ${since} after the declaration` : `${since} after the previous update`;
  return gap.dueAt === null ? `${after}; no update was due then.` : `${after}; it was due within ${span(gap.dueAt - gap.previousAt)}.`;
}

function HistoryItem({ gap, event, open }: { gap: UpdateGap; event: EventOf<'update_published'>; open: boolean }) {
  const now = useNow(60_000);
  const p = event.payload;
  return (
    <li className="comms-history-item">
      <div className="row">
        <strong>{p.templateName || p.templateId}</strong>
        <span className="tag">to {AUDIENCE_LABEL[p.audience]}</span>
        <RelativeTime at={event.at} now={now} />
        <span className="muted">by {event.author}</span>
      </div>
      <div className="row comms-gap">
        <span className="muted">{gapWords(gap)}</span>
        {gap.dueAt !== null &&
          (gap.lateByMs > 0 ? (
            <StatusBadge state="degraded" label={`Late by ${span(gap.lateByMs)}`} />
          ) : (
            <StatusBadge state="healthy" label="On time" />
          ))}
      </div>
      <details open={open}>
        <summary>Text sent</summary>
        <div className="comms-sent-text">
          <DraftPreview text={p.text} />
        </div>
      </details>
    </li>
  );
}
