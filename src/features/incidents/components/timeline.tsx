// The incident's record: every event with its time (local and UTC), author and details, newest
// first, filterable by kind; new notes, hypotheses and actions are added here. Virtualised with
// measured row heights, so 5,000 events stay fast.
import '../incidents.css';
import { useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { describeEvent, eventKindLabel, filterTimeline, TIMELINE_FILTERS, type TimelineFilter } from '@/domain/incident/describe-event';
import type { IncidentEvent } from '@/domain/incident/events';
import type { Hypothesis, Incident } from '@/domain/incident/incident';
import { formatLocal, formatUtc } from '@/domain/time/format';
import { useServiceName } from '@/state/catalogue';
import { Panel } from '@/ui/panel';
import { FeedbackLine, useCommandFeedback } from './command-feedback';

const MITIGATIONS = ['rollback', 'scale up', 'feature flag off', 'failover', 'hotfix', 'rate limit', 'restart', 'other'];

export function Timeline({ incident, events }: { incident: Incident; events: readonly IncidentEvent[] }) {
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const shown = filterTimeline(events, filter).reverse();
  return (
    <Panel id="incident-timeline" title="Timeline" meta={`${events.length} events · newest first`}>
      <div className="stack">
        <AddEntry incident={incident} />
        <OpenHypotheses incident={incident} />
        <label className="inline">
          Show
          <select value={filter} onChange={(e) => setFilter(e.target.value as TimelineFilter)}>
            {Object.entries(TIMELINE_FILTERS).map(([key, f]) => (
              <option key={key} value={key}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {shown.length === 0 ? <p className="empty">Nothing of this kind yet.</p> : <EventRows events={shown} />}
      </div>
    </Panel>
  );
}

function EventRows({ events }: { events: IncidentEvent[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const serviceName = useServiceName();
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 6,
    getItemKey: (i) => (events[i] as IncidentEvent).id,
  });
  return (
    <div ref={scroller} className="timeline-scroller" data-testid="timeline">
      <ol className="timeline" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const e = events[row.index] as IncidentEvent;
          const d = describeEvent(e, serviceName);
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className={`timeline-entry kind-${e.kind}`}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <div className="timeline-meta">
                <time dateTime={new Date(e.at).toISOString()}>{formatLocal(e.at)}</time>
                <span className="muted"> · {formatUtc(e.at)}</span>
                <span className="tag">{eventKindLabel(e)}</span>
                <span className="muted">by {e.author}</span>
              </div>
              <p className="timeline-headline">{d.headline}</p>
              {d.details.map((detail, n) => (
                <p key={n} className="timeline-detail">
                  <span className="muted">{detail.label}:</span> {detail.text}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

type EntryKind = 'note' | 'hypothesis' | 'action';

function AddEntry({ incident }: { incident: Incident }) {
  const { send, feedback, busy } = useCommandFeedback(incident.id);
  const [kind, setKind] = useState<EntryKind>('note');
  const [text, setText] = useState('');
  const [mitigation, setMitigation] = useState('rollback');
  const labels: Record<EntryKind, string> = { note: 'Note', hypothesis: 'Hypothesis', action: 'Action taken' };
  return (
    <form
      className="stack add-entry"
      aria-label="Add to the timeline"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await send(
          kind === 'note' ? { type: 'note', text } : kind === 'hypothesis' ? { type: 'open_hypothesis', text } : { type: 'action', text, mitigation },
          `${labels[kind]} added.`,
        );
        if (ok) setText('');
      }}
    >
      <div className="row" role="radiogroup" aria-label="What to add">
        {(Object.keys(labels) as EntryKind[]).map((k) => (
          <label key={k} className="inline">
            <input type="radio" name="entry-kind" checked={kind === k} onChange={() => setKind(k)} />
            {labels[k]}
          </label>
        ))}
      </div>
      {kind === 'action' && (
        <label>
          Mitigation
          <select value={mitigation} onChange={(e) => setMitigation(e.target.value)}>
            {MITIGATIONS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        {labels[kind]} text
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} required maxLength={kind === 'hypothesis' ? 2_000 : 5_000} />
      </label>
      <div className="row">
        <button type="submit" disabled={busy}>
          Add {labels[kind].toLowerCase()}
        </button>
        <FeedbackLine feedback={feedback} />
      </div>
    </form>
  );
}

function OpenHypotheses({ incident }: { incident: Incident }) {
  const open = incident.hypotheses.filter((h) => h.state === 'open');
  if (open.length === 0) return null;
  return (
    <section aria-label="Open hypotheses" className="stack">
      <h3>Open hypotheses</h3>
      {open.map((h) => (
        <SettleHypothesis key={h.id} incidentId={incident.id} hypothesis={h} />
      ))}
    </section>
  );
}

function SettleHypothesis({ incidentId, hypothesis }: { incidentId: string; hypothesis: Hypothesis }) {
  const { send, feedback, busy } = useCommandFeedback(incidentId);
  const [evidence, setEvidence] = useState('');
  const settle = (state: 'confirmed' | 'refuted') =>
    send({ type: 'settle_hypothesis', hypothesisId: hypothesis.id, state, evidence }, `Hypothesis ${state}.`);
  return (
    <div className="inline-form stack" data-testid="open-hypothesis">
      <p>{hypothesis.text}</p>
      <label>
        Evidence
        <input value={evidence} onChange={(e) => setEvidence(e.target.value)} maxLength={5_000} />
      </label>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => settle('confirmed')}>
          Confirm
        </button>
        <button type="button" disabled={busy} onClick={() => settle('refuted')}>
          Refute
        </button>
        <FeedbackLine feedback={feedback} />
      </div>
    </div>
  );
}
