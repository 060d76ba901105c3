// Failure class (with its counter-pattern), related incidents and the review checklist.
import { Link } from 'react-router';
import { useIncidents } from '@/state/incidents';
import { counterPatternText, FAILURE_CLASSES, failureClass, type FailureClassId } from '@/domain/postmortem/failure-classes';
import { similarIncidents } from '@/domain/incident/similar';
import { REVIEW_CHECKLIST } from '@/domain/postmortem/review-checklist';
import { formatUtc } from '@/domain/time/format';
import { MarkdownField } from './markdown-field';
import { PmSection } from './section';
import type { SectionProps } from './section-props';

export function FailureClassSection({ draft, readOnly, onEdit }: SectionProps) {
  const cls = failureClass(draft.failureClass);
  return (
    <PmSection id="failure-class" title="Failure class">
      <label>
        Class of failure
        <select
          value={draft.failureClass ?? ''}
          disabled={readOnly}
          onChange={(e) => onEdit('failureClass', (e.target.value || null) as FailureClassId | null)}
        >
          <option value="">Not chosen</option>
          {FAILURE_CLASSES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {cls && (
        <p className="pm-counter" data-testid="counter-pattern">
          <strong>Counter-pattern:</strong> {counterPatternText(cls.id)}. Does an action item apply it?
        </p>
      )}
      <MarkdownField
        label="Notes on the failure class"
        value={draft.failureNotes}
        readOnly={readOnly}
        rows={2}
        onChange={(v) => onEdit('failureNotes', v)}
      />
    </PmSection>
  );
}

export function RelatedSection({ draft, saved, readOnly, onEdit }: SectionProps) {
  const incidents = useIncidents();
  const byId = new Map((incidents ?? []).map((i) => [i.id, i]));
  const target = {
    id: saved.incidentId,
    title: draft.facts.title,
    services: draft.facts.services,
    createdAt: draft.facts.declaredAt,
    fingerprints: byId.get(saved.incidentId)?.fingerprints ?? [],
  };
  // A postmortem may link incidents that came after it, too.
  const suggestions = incidents
    ? similarIncidents(target, incidents, { onlyEarlier: false, limit: 10 }).map((s) => ({
        incidentId: s.incident.id,
        title: s.incident.title,
        createdAt: s.incident.createdAt,
        reasons: s.reasons,
      }))
    : [];
  const chosen = draft.relatedIncidents;
  const others = chosen.filter((id) => !suggestions.some((s) => s.incidentId === id));
  const toggle = (id: string, on: boolean) => onEdit('relatedIncidents', on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <PmSection
      id="related"
      title="Related incidents"
      meta="Suggested by shared service, error fingerprint and similar title; you choose which belong here."
    >
      {!incidents ? (
        <p className="muted">Looking for related incidents…</p>
      ) : suggestions.length === 0 && others.length === 0 ? (
        <p className="empty">No incident in this browser shares a service, fingerprint or title words with this one.</p>
      ) : (
        <ul className="pm-related">
          {suggestions.map((s) => (
            <li key={s.incidentId}>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={chosen.includes(s.incidentId)}
                  disabled={readOnly}
                  onChange={(e) => toggle(s.incidentId, e.target.checked)}
                />
                <span>
                  <Link to={`/incidents/${s.incidentId}`}>{s.incidentId}</Link> {s.title}{' '}
                  <span className="muted">
                    ({formatUtc(s.createdAt)}; {s.reasons.join('; ')})
                  </span>
                </span>
              </label>
            </li>
          ))}
          {others.map((id) => (
            <li key={id}>
              <label className="inline">
                <input type="checkbox" checked disabled={readOnly} onChange={(e) => toggle(id, e.target.checked)} />
                <span>
                  <Link to={`/incidents/${id}`}>{id}</Link> {byId.get(id)?.title ?? <span className="muted">(not in this browser)</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </PmSection>
  );
}

export function ChecklistSection({ draft, readOnly, onEdit }: SectionProps) {
  const done = REVIEW_CHECKLIST.filter((i) => draft.checklist[i.id]).length;
  return (
    <PmSection id="checklist" title="Review checklist" meta={`${done} of ${REVIEW_CHECKLIST.length} checked. All must be checked to publish.`}>
      <ul className="pm-checklist">
        {REVIEW_CHECKLIST.map((item) => (
          <li key={item.id}>
            <label className="inline">
              <input
                type="checkbox"
                checked={draft.checklist[item.id] ?? false}
                disabled={readOnly}
                onChange={(e) => onEdit('checklist', { ...draft.checklist, [item.id]: e.target.checked })}
              />
              {item.label}
            </label>
          </li>
        ))}
      </ul>
    </PmSection>
  );
}
