import type { Concern } from '@/domain/escalation/people';

/** "on-call engineer: Sam Okafor · team lead: nobody assigned" with the gaps marked in words. */
export function ConcernList({ concerns }: { concerns: readonly Concern[] }) {
  if (concerns.length === 0) return null;
  return (
    <span className="concerns">
      {concerns.map((c, i) => (
        <span key={`${c.label}-${i}`} className="concern">
          {c.role ? (
            <>
              <span className="muted">{c.label}:</span>{' '}
              {c.people.length ? <strong>{c.people.join(', ')}</strong> : <em className="state-degraded">nobody assigned</em>}
            </>
          ) : (
            <strong>{c.label}</strong>
          )}
        </span>
      ))}
    </span>
  );
}
