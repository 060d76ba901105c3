// Keeps this tab's data sources in line with Settings: the demo source on or off, its seed and
// size, and its fault-injection knobs. Also seeds the demo history once per browser; that code
// and its text load only when seeding is still to do.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useQueries } from '@tanstack/react-query';
import { createDemoSource, type DemoSource } from '@/adapters/demo/demo-source';
import { sourceRegistry } from '@/adapters/registry';
import { isDemoSeeded } from '@/db/demo-status';
import { useSettingsResult } from '@/state/settings';

async function seedDemoHistory(monitoringPeriodMs: number) {
  if (await isDemoSeeded()) return;
  const [{ seedDemoOnce }, { DEMO_RUNBOOKS, DEMO_STORIES }, { DEMO_SERVICES }, { demoOnCall }] = await Promise.all([
    import('@/db/demo-data'),
    import('@/adapters/demo/history'),
    import('@/adapters/demo/catalogue'),
    import('@/adapters/demo/on-call'),
  ]);
  const now = Date.now();
  await seedDemoOnce(
    {
      services: DEMO_SERVICES.map(({ id, name, team, publicName }) => ({ id, name, team, publicName })),
      runbooks: DEMO_RUNBOOKS,
      stories: DEMO_STORIES,
      monitoringPeriodMs,
      onCall: demoOnCall(now),
    },
    now,
  );
}

export function SourceSync() {
  const result = useSettingsResult();
  const demoRef = useRef<DemoSource | null>(null);
  const demo = result?.settings.demo;

  useEffect(() => {
    if (!demo) return;
    if (!demo.enabled) {
      demoRef.current = null;
      sourceRegistry.replace([]);
      return;
    }
    const source = createDemoSource({ seed: demo.seed, serviceCount: demo.serviceCount, faults: demo.faults });
    demoRef.current = source;
    sourceRegistry.replace([source]);
    // Fault knobs are applied below without recreating the source, so its breaker state stays.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [demo?.enabled, demo?.seed, demo?.serviceCount]);

  useEffect(() => {
    if (demo && demoRef.current) demoRef.current.setFaults(demo.faults);
  }, [demo]);

  const enabled = demo?.enabled;
  const monitoringHours = result?.settings.monitoringHours;
  useEffect(() => {
    if (!enabled || monitoringHours === undefined) return;
    seedDemoHistory(monitoringHours * 3_600_000).catch((error: unknown) => console.error('Could not seed the demo history', error));
  }, [enabled, monitoringHours]);

  return <SourceProbes refreshMs={(result?.settings.refreshSeconds ?? 15) * 1_000} />;
}

/**
 * Checks every source on the refresh interval, so the header's "Demo: OK" / "degraded" is true on
 * every page, including pages that fetch nothing themselves.
 */
function SourceProbes({ refreshMs }: { refreshMs: number }) {
  const sources = useSyncExternalStore(sourceRegistry.subscribe, sourceRegistry.list);
  useQueries({
    queries: sources.map((source) => ({
      queryKey: ['source-probe', source.id, source],
      queryFn: ({ signal }: { signal: AbortSignal }) => source.testConnection(signal),
      refetchInterval: refreshMs,
    })),
  });
  return null;
}
