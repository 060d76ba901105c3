// The morning-check wall display (DOMAIN.md §10, §13): one screen a team reads from across a room
// and leaves on for weeks. It needs no interaction: it polls, marks anything old or failing, recovers
// by itself, rotates if asked to, and reloads itself if its memory ever grows past a budget.
import { useEffect, useMemo } from 'react';
import { buildTiles, type TileModel } from '@/domain/health/board';
import { compareWorstFirst } from '@/domain/health/assess';
import type { HealthState } from '@/domain/health/health-state';
import { freshnessText, oldestDataAt, panelFreshness, type Freshness } from '@/domain/wall/freshness';
import { describeNight, nightAlerts, nightWindow } from '@/domain/wall/night';
import { PANEL_TITLE, rotationIndex, wallPages, type WallPanelId } from '@/domain/wall/rotation';
import { servicesShare } from '@/domain/wall/tile-grid';
import { formatClock } from '@/domain/time/format';
import { useCatalogue, useServiceName } from '@/state/catalogue';
import { useNow, useNowWhen } from '@/state/clock';
import { useHealth } from '@/state/health';
import { useOpenIncidents } from '@/state/incidents';
import { useServices } from '@/state/services';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { StatusIcon } from '@/ui/status-icon';
import { useNightAlerts } from '../api/get-night-alerts';
import { useAlarmShowing } from '../hooks/use-alarm-showing';
import { useHeapWatchdog } from '../hooks/use-heap-watchdog';
import { useWakeRefresh } from '../hooks/use-wake-refresh';
import { useWallStore } from '../wall-store';
import { WallIncidents } from './wall-incidents';
import { WallNightAlerts } from './wall-night-alerts';
import { WallServices } from './wall-services';
import '../wall.css';

const NONE = [] as const;

/** The page of the rotation showing now; re-renders only when it turns. */
function useRotationPage(pageCount: number, rotateSeconds: number): number {
  const anchor = useWallStore((s) => s.rotationAnchor);
  const startRotation = useWallStore((s) => s.startRotation);
  useEffect(() => {
    if (anchor === null) startRotation(Date.now());
  }, [anchor, startRotation]);
  const intervalMs = rotateSeconds * 1_000;
  const now = useNowWhen((t) => String(rotationIndex(t, anchor ?? t, intervalMs, pageCount)));
  return rotationIndex(now, anchor ?? now, intervalMs, pageCount);
}

const COUNT_WORDS: [HealthState, string][] = [
  ['broken', 'broken'],
  ['degraded', 'degraded'],
  ['unknown', 'no fresh data'],
  ['healthy', 'healthy'],
];

function Summary({ tiles, openCount }: { tiles: readonly TileModel[]; openCount: number | undefined }) {
  const counts: Record<HealthState, number> = { broken: 0, degraded: 0, unknown: 0, healthy: 0 };
  for (const t of tiles) counts[t.assessment.state]++;
  return (
    <ul className="wall-summary" data-testid="wall-summary">
      {COUNT_WORDS.filter(([state]) => counts[state] > 0).map(([state, word]) => (
        <li key={state} className={`wall-count state-${state}`}>
          <StatusIcon state={state} />
          <strong>{counts[state]}</strong> {word}
        </li>
      ))}
      {openCount !== undefined && (
        <li className="wall-count">
          <strong>{openCount}</strong> open {openCount === 1 ? 'incident' : 'incidents'}
        </li>
      )}
    </ul>
  );
}

function FreshnessLine({ freshness, dataAt, now, testId }: { freshness: Freshness; dataAt: number | null; now: number; testId: string }) {
  return (
    <span className={`wall-freshness is-${freshness.state}`} data-testid={testId} data-state={freshness.state}>
      {freshness.marked && <StatusIcon state="unknown" />}
      {freshnessText(freshness, dataAt, now)}
    </span>
  );
}

export function WallScreen() {
  const settings = useSettings();
  const { wall } = settings;
  const now = useNow(5_000);
  const staleAfterMs = settings.staleAfterSeconds * 1_000;
  useWakeRefresh();

  // Services: live health judged against each service's thresholds, worst first.
  const { source: healthSource, query: health } = useHealth();
  const services = useServices();
  const catalogue = useCatalogue();
  const openIncidents = useOpenIncidents();
  const snapshots = health.data;
  const tiles = useMemo(
    () =>
      buildTiles({
        services: services.data ?? NONE,
        snapshots: snapshots ?? NONE,
        catalogue: catalogue ?? NONE,
        defaults: settings.thresholds,
        openIncidents: NONE,
        now,
        staleAfterMs,
      }).sort((a, b) => compareWorstFirst(rank(a), rank(b))),
    [services.data, snapshots, catalogue, settings.thresholds, now, staleAfterMs],
  );
  const healthAt = snapshots?.length ? Math.max(...snapshots.map((s) => s.at)) : null;
  const healthFreshness = panelFreshness({
    dataAt: healthAt,
    failing: health.isError,
    offline: health.fetchStatus === 'paused',
    now,
    staleAfterMs,
  });

  // The night's alerts.
  const night = nightWindow(now, { startHour: wall.nightStartHour, endHour: wall.nightEndHour });
  const { source: alertsSource, query: alerts } = useNightAlerts(night);
  const alertsAt = alerts.data ? alerts.dataUpdatedAt : null;
  const alertsFreshness = panelFreshness({ dataAt: alertsAt, failing: alerts.isError, offline: alerts.fetchStatus === 'paused', now, staleAfterMs });
  const minute = Math.floor(now / 60_000) * 60_000;
  const nightList = useMemo(() => nightAlerts(alerts.data ?? NONE, night, minute), [alerts.data, night.from, night.to, minute]); // eslint-disable-line react-hooks/exhaustive-deps
  const serviceName = useServiceName();

  const open = openIncidents ?? NONE;
  const pages = wallPages(wall.panels, wall.rotateSeconds > 0);
  const pageIndex = useRotationPage(pages.length, wall.rotateSeconds);
  const page = pages[pageIndex] ?? pages[0] ?? [];
  const showing = (id: WallPanelId) => page.includes(id);

  const dataAt = oldestDataAt([healthSource ? healthAt : null, alertsSource && wall.panels.alerts ? alertsAt : null]);
  const wallFreshness = [healthFreshness, wall.panels.alerts ? alertsFreshness : null].find((f) => f?.marked) ?? healthFreshness;
  const dataFresh = !healthFreshness.marked && (!wall.panels.alerts || !alertsFreshness.marked);

  const alarmShowing = useAlarmShowing();
  useHeapWatchdog({ alarmShowing, dataFresh, wall });
  const selfReload = useWallStore((s) => s.lastSelfReload);

  const side = page.filter((id) => id !== 'services');
  return (
    <div className="wall-screen" data-layout={showing('services') ? 'with-services' : 'lists'}>
      <header className="wall-top">
        <h1 className="wall-title">Morning check</h1>
        <Summary tiles={tiles} openCount={openIncidents?.length} />
        <div className="wall-top-right">
          <time className="wall-time" dateTime={new Date(now).toISOString()}>
            {formatClock(now)}
          </time>
          <FreshnessLine freshness={wallFreshness} dataAt={dataAt} now={now} testId="wall-data-age" />
        </div>
      </header>
      {pages.length === 0 ? (
        <p className="wall-empty">Every wall panel is turned off in Settings → Wall display.</p>
      ) : (
        <div className="wall-body">
          {showing('services') && (
            <div
              className="wall-slot wall-slot-services"
              style={{ flexGrow: side.length > 0 ? servicesShare(tiles.length) / (1 - servicesShare(tiles.length)) : 1 }}
            >
              <Panel
                id="wall-services"
                className="wall-panel wall-panel-services"
                title={PANEL_TITLE.services}
                meta={
                  <>
                    <span>Restarts, 4xx and 5xx: last 24 h</span>
                    {healthFreshness.marked && <FreshnessLine freshness={healthFreshness} dataAt={healthAt} now={now} testId="wall-services-age" />}
                  </>
                }
                stale={healthFreshness.marked}
              >
                {!healthSource ? (
                  <p className="wall-empty">No data source reports service health (Settings → Data sources).</p>
                ) : (
                  <WallServices tiles={tiles} now={now} />
                )}
              </Panel>
            </div>
          )}
          {side.length > 0 && (
            <div className="wall-side">
              {side.includes('incidents') && (
                // Room by need beside the night's alerts (3): a line when none is open, about two
                // fifths of the column for one (its clock is a key figure), over half from three.
                <div className="wall-slot" style={{ flexGrow: open.length === 0 ? 0.5 : Math.min(3.5, 1.2 + open.length) }}>
                  <Panel id="wall-incidents" className="wall-panel wall-panel-incidents" title={`${PANEL_TITLE.incidents} (${open.length})`}>
                    <WallIncidents incidents={open} now={now} />
                  </Panel>
                </div>
              )}
              {side.includes('alerts') && (
                <div className="wall-slot" style={{ flexGrow: 3 }}>
                  <Panel
                    id="wall-alerts"
                    className="wall-panel wall-panel-alerts"
                    title={`${PANEL_TITLE.alerts}, ${describeNight({ startHour: wall.nightStartHour, endHour: wall.nightEndHour })}`}
                    meta={
                      alertsFreshness.marked && <FreshnessLine freshness={alertsFreshness} dataAt={alertsAt} now={now} testId="wall-alerts-age" />
                    }
                    stale={alertsFreshness.marked}
                  >
                    {!alertsSource ? (
                      <p className="wall-empty">No data source reports alerts.</p>
                    ) : (
                      <WallNightAlerts alerts={nightList} serviceName={serviceName} />
                    )}
                  </Panel>
                </div>
              )}
            </div>
          )}
        </div>
      )}
      {(pages.length > 1 || selfReload) && (
        <footer className="wall-foot">
          {pages.length > 1 && (
            <span data-testid="wall-page">
              Page {pageIndex + 1} of {pages.length}: {page.map((id) => PANEL_TITLE[id]).join(' and ')} · turns every {wall.rotateSeconds} s
            </span>
          )}
          {selfReload && (
            <span data-testid="wall-self-reload">
              Reloaded itself at {formatClock(selfReload.at)}: {selfReload.reason}
            </span>
          )}
        </footer>
      )}
    </div>
  );
}

const rank = (t: TileModel) => ({ name: t.name, state: t.assessment.state, score: t.score });
