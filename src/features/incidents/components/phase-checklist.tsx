// DOMAIN.md §2 response-phase guidance for the current state; each tick is an event.
import '../incidents.css';
import type { Incident } from '@/domain/incident/incident';
import { phaseFor, PHASES } from '@/domain/incident/phases';
import { Panel } from '@/ui/panel';
import { FeedbackLine, useCommandFeedback } from './command-feedback';

export function PhaseChecklist({ incident }: { incident: Incident }) {
  const { send, feedback, busy } = useCommandFeedback(incident.id);
  const current = phaseFor(incident.status);
  const renderPhase = (phase: (typeof PHASES)[number]) => (
    <ul className="plain-list checklist">
      {phase.items.map((item) => (
        <li key={item.id}>
          <label className="inline">
            <input
              type="checkbox"
              checked={incident.checklist[item.id] ?? false}
              disabled={busy || incident.status === 'closed'}
              onChange={(e) =>
                send({ type: 'tick', itemId: item.id, done: e.target.checked }, e.target.checked ? `Done: ${item.text}` : `Not done: ${item.text}`)
              }
            />
            {item.text}
          </label>
        </li>
      ))}
    </ul>
  );
  return (
    <Panel id="incident-guidance" title={`Now: ${current.title}`} meta={current.window}>
      {renderPhase(current)}
      <details>
        <summary>Other phases</summary>
        {PHASES.filter((p) => p.id !== current.id).map((p) => (
          <div key={p.id}>
            <h3>
              {p.title} <span className="muted">({p.window})</span>
            </h3>
            {renderPhase(p)}
          </div>
        ))}
      </details>
      <FeedbackLine feedback={feedback} />
    </Panel>
  );
}
