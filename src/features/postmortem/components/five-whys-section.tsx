// The 5-whys helper: each answer becomes the next question, until the chain reaches a root
// cause. Drawn as a flowchart from the saved chain.
import { ulid } from '@/domain/ids';
import { whysDiagram } from '@/domain/postmortem/diagrams';
import { nextWhyQuestion, RECOMMENDED_WHYS, whysProblems, whysRootCause } from '@/domain/postmortem/five-whys';
import type { WhyStep } from '@/domain/postmortem/model';
import { MermaidDiagram } from '@/ui/mermaid-diagram';
import { PmSection } from './section';
import type { SectionProps } from './section-props';

export function FiveWhysSection({ draft, saved, readOnly, now, onEdit }: SectionProps) {
  const steps = draft.whys;
  const set = (next: WhyStep[]) => onEdit('whys', next);
  const update = (id: string, patch: Partial<WhyStep>) => set(steps.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  const root = whysRootCause(steps);
  const problems = whysProblems(steps);
  const source = whysDiagram(saved.content.whys, draft.facts.title.replace(/^\[demo\]\s*/i, ''));
  return (
    <PmSection
      id="five-whys"
      title="5 whys"
      meta={`Ask why about each answer, about ${RECOMMENDED_WHYS} times, until you reach a cause you can fix.`}
    >
      <ol className="pm-whys">
        {steps.map((step, i) => (
          <li key={step.id} className="pm-why">
            <label>
              Why {i + 1}
              <input value={step.why} readOnly={readOnly} onChange={(e) => update(step.id, { why: e.target.value })} />
            </label>
            <label>
              <span>
                Because {i + 1}
                {i === steps.length - 1 && <span className="muted"> — the last answer is the root cause</span>}
              </span>
              <textarea rows={2} value={step.because} readOnly={readOnly} onChange={(e) => update(step.id, { because: e.target.value })} />
            </label>
            {!readOnly && (
              <button type="button" className="link" aria-label={`Remove why ${i + 1}`} onClick={() => set(steps.filter((s) => s.id !== step.id))}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={() => set([...steps, { id: ulid(now), why: nextWhyQuestion(steps, draft.facts.title), because: '' }])}>
          Ask why again
        </button>
      )}
      <div className="pm-root" aria-live="polite">
        {root ? (
          <p>
            <strong>Root cause:</strong> {root}
          </p>
        ) : (
          <ul className="muted">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      {source && (
        <>
          <h3 className="pm-diagram-title">5-whys chain</h3>
          <MermaidDiagram
            source={source}
            label={`The 5-whys chain, ${saved.content.whys.length} steps${root ? `, ending in: ${root}` : ''}`}
            className="pm-diagram"
          />
        </>
      )}
    </PmSection>
  );
}
