// The guided severity questions (DOMAIN.md §1). Shows one question at a time in order, stops once
// an answer decides the level, and always shows the suggestion and the rule that made it.
import { classify, nextQuestions, type ClassifierAnswers, type QuestionId } from '@/domain/severity/classifier';
import { SEVERITY_INFO } from '@/domain/severity/levels';

interface Props {
  answers: ClassifierAnswers;
  onChange(answers: ClassifierAnswers): void;
}

function toAnswer(id: QuestionId, value: string): ClassifierAnswers[QuestionId] {
  if (id === 'userImpact') return value as ClassifierAnswers['userImpact'];
  if (id === 'performanceIssue') return value as ClassifierAnswers['performanceIssue'];
  return value === 'yes';
}

function fromAnswer(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export function ClassifierWizard({ answers, onChange }: Props) {
  const questions = nextQuestions(answers);
  const result = classify(answers);
  const set = (patch: Partial<ClassifierAnswers>) => {
    // Changing an earlier answer drops the later ones: they may no longer be asked.
    const order = questions.map((q) => q.id);
    const changed = Object.keys(patch)[0] as QuestionId | undefined;
    const keep = { ...answers };
    if (changed && order.includes(changed)) {
      for (const id of order.slice(order.indexOf(changed) + 1)) delete keep[id];
    }
    onChange({ ...keep, ...patch });
  };
  return (
    <div className="stack classifier">
      {questions.map((q) => (
        <fieldset key={q.id}>
          <legend>{q.text}</legend>
          <div className="row">
            {q.options.map((o) => (
              <label key={o.value} className="inline">
                <input
                  type="radio"
                  name={`q-${q.id}`}
                  value={o.value}
                  checked={fromAnswer(answers[q.id]) === o.value}
                  onChange={() => set({ [q.id]: toAnswer(q.id, o.value) })}
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="form-grid">
        <label>
          Error rate now (%, if known)
          <input
            type="number"
            min={0}
            max={100}
            step={0.1}
            value={answers.errorRatePct ?? ''}
            onChange={(e) => set({ errorRatePct: Number.isFinite(e.target.valueAsNumber) ? e.target.valueAsNumber : null })}
          />
        </label>
        <label>
          Users affected (if known)
          <input
            type="number"
            min={0}
            step={1}
            value={answers.usersAffected ?? ''}
            onChange={(e) => set({ usersAffected: Number.isFinite(e.target.valueAsNumber) ? e.target.valueAsNumber : null })}
          />
        </label>
      </div>
      <p className="notice" role="status" aria-live="polite" data-testid="classifier-suggestion">
        Suggested severity: <strong>{`${result.severity} ${SEVERITY_INFO[result.severity].label}`}</strong> — because {result.reason}.
      </p>
    </div>
  );
}
