// The timeline: imported from the incident's events, then edited by people. Re-importing adds
// only events it has not seen; edited and removed rows stay as the author left them.
import { useState } from 'react';
import { ulid } from '@/domain/ids';
import type { IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { sameValue } from '@/domain/postmortem/merge';
import { timelineDiagram } from '@/domain/postmortem/diagrams';
import { factsFromIncident } from '@/domain/postmortem/postmortem';
import { editRow, importTimeline, manualRow, removeRow, timelineLabel, visibleRows } from '@/domain/postmortem/timeline';
import { formatUtc } from '@/domain/time/format';
import { MermaidDiagram } from '@/ui/mermaid-diagram';
import { PmSection } from './section';
import type { SectionProps } from './section-props';

const pad = (n: number) => String(n).padStart(2, '0');
/** A timestamp as a datetime-local input value (local time, minutes). */
function toLocalInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface Props extends SectionProps {
  incident: Incident | null;
  events: IncidentEvent[] | undefined;
  author: string;
}

export function TimelineSection({ draft, saved, readOnly, now, onEdit, incident, events, author }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const rows = visibleRows(draft.timeline);
  const removed = draft.timeline.length - rows.length;
  const source = timelineDiagram(saved.content.timeline, `Timeline of ${saved.incidentId}`);

  function reimport() {
    if (!events || !incident) return;
    const { rows: next, added } = importTimeline(draft.timeline, events);
    const facts = factsFromIncident(incident);
    if (added) onEdit('timeline', next);
    if (!sameValue(facts, draft.facts)) onEdit('facts', facts);
    setMessage(
      added
        ? `Added ${added} new ${added === 1 ? 'row' : 'rows'} from the incident's record. Your edits are unchanged.`
        : 'Nothing new in the record since the last import.',
    );
  }

  return (
    <PmSection
      id="timeline"
      title="Timeline"
      meta="From the incident's events, editable. Times in your local time, UTC below."
      actions={
        !readOnly && (
          <>
            <button type="button" onClick={reimport} disabled={!events || !incident}>
              Re-import from the incident
            </button>
            <button type="button" onClick={() => onEdit('timeline', [...draft.timeline, manualRow(ulid(now), now, author)])}>
              Add row
            </button>
          </>
        )
      }
    >
      {message && (
        <p role="status" className="pm-note">
          {message}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">No rows. Re-import from the incident, or add one.</p>
      ) : (
        <table className="pm-timeline">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">What happened</th>
              <th scope="col">Who</th>
              <th scope="col">Source</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id} data-row-kind={row.kind}>
                <td className="pm-time">
                  {readOnly ? (
                    <span>{formatUtc(row.at)}</span>
                  ) : (
                    <>
                      <input
                        type="datetime-local"
                        aria-label={`Time of row ${i + 1} (local)`}
                        value={toLocalInput(row.at)}
                        onChange={(e) => {
                          const at = new Date(e.target.value).getTime();
                          if (Number.isFinite(at))
                            onEdit(
                              'timeline',
                              draft.timeline.map((r) => (r.id === row.id ? editRow(r, { at }) : r)),
                            );
                        }}
                      />
                      <span className="muted pm-utc">{formatUtc(row.at)}</span>
                    </>
                  )}
                </td>
                <td>
                  {readOnly ? (
                    <span className="pm-pre">{row.text}</span>
                  ) : (
                    <textarea
                      aria-label={`What happened, row ${i + 1}`}
                      rows={2}
                      value={row.text}
                      onChange={(e) =>
                        onEdit(
                          'timeline',
                          draft.timeline.map((r) => (r.id === row.id ? editRow(r, { text: e.target.value }) : r)),
                        )
                      }
                    />
                  )}
                </td>
                <td>{row.author || '—'}</td>
                <td>
                  <span className="tag">{timelineLabel(row.kind)}</span>
                  {row.eventId && row.edited && <span className="muted"> edited</span>}
                </td>
                {!readOnly && (
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Remove row ${i + 1}`}
                      onClick={() => onEdit('timeline', removeRow(draft.timeline, row.id))}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removed > 0 && !readOnly && (
        <p className="muted">
          {removed} removed {removed === 1 ? 'row is' : 'rows are'} hidden (kept so a re-import does not bring {removed === 1 ? 'it' : 'them'} back).{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              onEdit(
                'timeline',
                draft.timeline.map((r) => ({ ...r, removed: false })),
              )
            }
          >
            Show them again
          </button>
        </p>
      )}
      {source && (
        <>
          <h3 className="pm-diagram-title">Timeline diagram</h3>
          <MermaidDiagram
            source={source}
            label={`Timeline diagram of ${saved.incidentId}, ${rows.length} entries`}
            className="pm-diagram pm-diagram-wide"
          />
        </>
      )}
    </PmSection>
  );
}
