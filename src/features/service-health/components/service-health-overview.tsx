// The overview's service board: live health, judged against each service's thresholds, kept on
// screen with its age when the source fails, and greyed once older than the stale limit.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { buildBoard, countSummary } from '@/domain/health/board';
import type { HealthState } from '@/domain/health/health-state';
import { formatClock } from '@/domain/time/format';
import { useCatalogue } from '@/state/catalogue';
import { useNow } from '@/state/clock';
import { useOpenIncidents } from '@/state/incidents';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';
import { useHealth } from '@/state/health';
import { useServices } from '@/state/services';
import { useSparklines } from '../api/get-sparklines';
import { HealthBoard } from './health-board';
import './service-health.css';

const NONE = [] as const;

export function ServiceHealthOverview() {
  const settings = useSettings();
  const { source, query: health } = useHealth();
  const services = useServices();
  const sparklines = useSparklines();
  const catalogue = useCatalogue();
  const openIncidents = useOpenIncidents();
  const now = useNow(5_000);
  const staleAfterMs = settings.staleAfterSeconds * 1_000;

  const snapshots = health.data;
  const groups = useMemo(
    () =>
      buildBoard({
        services: services.data ?? NONE,
        snapshots: snapshots ?? NONE,
        catalogue: catalogue ?? NONE,
        defaults: settings.thresholds,
        openIncidents: openIncidents ?? NONE,
        now,
        staleAfterMs,
      }),
    [services.data, snapshots, catalogue, settings.thresholds, openIncidents, now, staleAfterMs],
  );

  const dataAt = snapshots?.length ? Math.max(...snapshots.map((s) => s.at)) : null;
  const stale = dataAt !== null && now - dataAt > staleAfterMs;
  const totals = groups.reduce<Record<HealthState, number>>(
    (acc, g) => {
      for (const [state, n] of Object.entries(g.counts) as [HealthState, number][]) acc[state] += n;
      return acc;
    },
    { broken: 0, degraded: 0, unknown: 0, healthy: 0 },
  );

  const meta = dataAt ? (
    <span data-testid="health-data-age">
      Data as of {formatClock(dataAt)} (<RelativeTime at={dataAt} now={now} />){stale ? ' — stale' : ''}
    </span>
  ) : null;

  return (
    <Panel id="service-health" title="Services" meta={meta} stale={stale || health.isError}>
      {!source ? (
        <p className="empty">
          No data source reports service health. Turn on the demo source in <Link to="/settings#sources">Settings → Data sources</Link>.
        </p>
      ) : (
        <>
          {health.isError && (
            <div className="notice is-warning" role="status" data-testid="health-source-failing">
              <p>
                <strong>The health source is failing:</strong> {health.error.message}
              </p>
              <p>
                {dataAt ? (
                  <>
                    Showing the last good data, from {formatClock(dataAt)}. Tiles turn grey once it is older than {settings.staleAfterSeconds} s.
                  </>
                ) : (
                  'No data has arrived yet.'
                )}
              </p>
            </div>
          )}
          {health.isPending && !health.isError && <p className="muted">Loading service health…</p>}
          {groups.length > 0 && (
            <>
              <p className="board-summary" data-testid="board-summary">
                {countSummary(totals)}
              </p>
              <HealthBoard groups={groups} sparklines={sparklines.data} asOf={dataAt} />
            </>
          )}
        </>
      )}
    </Panel>
  );
}
