// "Demo: OK", "Prometheus: degraded — data from 4 min ago": one line per source in the header.
import { Link } from 'react-router';
import type { SourceStatus } from '@/adapters/resilience/source-guard';
import type { HealthState } from '@/domain/health/health-state';
import type { SourceCondition } from '@/domain/resilience/source-health';
import { formatRelative } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useSourceStatuses } from '@/state/sources';
import { StatusIcon } from '@/ui/status-icon';

const AS_HEALTH: Record<SourceCondition, HealthState> = { ok: 'healthy', degraded: 'degraded', down: 'broken', unknown: 'unknown' };
const WORD: Record<SourceCondition, string> = { ok: 'OK', degraded: 'degraded', down: 'down', unknown: 'connecting' };

export function describeSource(status: SourceStatus, now: number): string {
  const base = `${status.label}: ${WORD[status.condition]}`;
  if (status.condition === 'ok' || status.condition === 'unknown') return base;
  const age = status.lastSuccessAt ? `data from ${formatRelative(status.lastSuccessAt, now)}` : 'no data yet';
  return `${base} — ${age}`;
}

export function SourceStatusLine() {
  const statuses = useSourceStatuses();
  const now = useNow(10_000);
  if (statuses.length === 0) {
    return (
      <Link to="/settings#sources" className="source-status state-unknown">
        <StatusIcon state="unknown" /> No data source
      </Link>
    );
  }
  return (
    <>
      {statuses.map((s) => (
        <Link
          key={s.sourceId}
          to="/settings#sources"
          className={`source-status state-${AS_HEALTH[s.condition]}`}
          title={s.lastError ?? undefined}
          data-testid={`source-${s.sourceId}`}
        >
          <StatusIcon state={AS_HEALTH[s.condition]} />
          {describeSource(s, now)}
        </Link>
      ))}
    </>
  );
}
