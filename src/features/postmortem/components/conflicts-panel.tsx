// Edits that met a different edit of the same section in another tab (or an imported copy).
// Both versions are shown; a person chooses. Until then the saved version stays in place and
// the other is kept here, in the stored document, so a reload loses neither.
import { useState } from 'react';
import { resolvePostmortemConflict } from '@/db/postmortems-repo';
import { timestampToDueDate } from '@/domain/postmortem/action-items';
import { failureClass } from '@/domain/postmortem/failure-classes';
import {
  ACTION_STATUS_LABEL,
  PRIORITY_LABEL,
  UNIT_LABEL,
  type ActionItem,
  type Conflict,
  type Postmortem,
  type TimelineRow,
  type WhyStep,
} from '@/domain/postmortem/model';
import { REVIEW_CHECKLIST } from '@/domain/postmortem/review-checklist';
import { formatUtc } from '@/domain/time/format';
import { useAuthor } from '@/state/incident-commands';
import { editContext } from '../hooks/use-postmortem';

/** A version of a unit or item, as text a person can compare. */
export function conflictText(conflict: Conflict, value: unknown): string {
  if (value === null || value === undefined) return '(deleted)';
  switch (conflict.unit) {
    case 'actionItems': {
      const a = value as ActionItem;
      return `${a.title || '(no title)'} — owner ${a.owner || 'none'}, due ${timestampToDueDate(a.dueAt)}, ${PRIORITY_LABEL[a.priority]}, ${ACTION_STATUS_LABEL[a.status]}`;
    }
    case 'timeline': {
      const r = value as TimelineRow;
      return r.removed ? `(removed) ${formatUtc(r.at)} ${r.text}` : `${formatUtc(r.at)} ${r.text}`;
    }
    case 'whys':
      return (value as WhyStep[]).map((s, i) => `${i + 1}. ${s.why} → ${s.because}`).join('\n');
    case 'checklist':
      return value ? 'checked' : 'not checked';
    case 'failureClass':
      return failureClass(value as never)?.label ?? 'not chosen';
    case 'relatedIncidents':
      return (value as string[]).join(', ');
    default:
      return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  }
}

function conflictTitle(c: Conflict): string {
  if (c.unit === 'checklist' && c.itemId) return `${UNIT_LABEL.checklist}: ${REVIEW_CHECKLIST.find((i) => i.id === c.itemId)?.label ?? c.itemId}`;
  if (c.unit === 'actionItems' && c.itemId) return `Action item ${c.itemId}`;
  if (c.unit === 'timeline') return 'Timeline row';
  return UNIT_LABEL[c.unit];
}

export function ConflictsPanel({ postmortem }: { postmortem: Postmortem }) {
  const author = useAuthor();
  const [error, setError] = useState<string | null>(null);
  if (postmortem.conflicts.length === 0) return null;
  async function resolve(c: Conflict, choice: 'mine' | 'theirs') {
    try {
      const result = await resolvePostmortemConflict(postmortem.id, c.id, choice, editContext(author || 'unknown'));
      setError(result.ok ? null : result.error);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <section className="notice is-warning pm-conflicts no-print" aria-labelledby="pm-conflicts-title">
      <h2 id="pm-conflicts-title">
        {postmortem.conflicts.length === 1 ? '1 section was' : `${postmortem.conflicts.length} sections were`} edited in two places
      </h2>
      <p>Nothing was overwritten. The saved version is in the document; the other version is kept here until you choose.</p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {postmortem.conflicts.map((c) => (
        <article key={c.id} className="pm-conflict" aria-label={`Conflict: ${conflictTitle(c)}`}>
          <h3>{conflictTitle(c)}</h3>
          <div className="pm-conflict-versions">
            <div>
              <h4>Saved version (in the document)</h4>
              <pre className="pm-pre" data-testid="conflict-theirs">
                {conflictText(c, c.theirs)}
              </pre>
              <button type="button" onClick={() => resolve(c, 'theirs')}>
                Keep the saved version
              </button>
            </div>
            <div>
              <h4>
                Other version, by {c.author || 'unknown'} at {formatUtc(c.at)}
              </h4>
              <pre className="pm-pre" data-testid="conflict-mine">
                {conflictText(c, c.mine)}
              </pre>
              <button type="button" onClick={() => resolve(c, 'mine')}>
                Use this version instead
              </button>
            </div>
          </div>
        </article>
      ))}
    </section>
  );
}
