// How many renders a minute of the shared clock costs with many countdowns on screen (the issue
// asks for the incident list with 200 open incidents). NearestClock re-renders only when the
// text it shows changes; a countdown reading useNow() directly would render on every tick. The
// figures are written to reports/clock-renders.json for the issue note.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Profiler, type ReactNode } from 'react';
import { cleanup, render } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resetDatabase } from '@/db/database';
import { deadlines, nearestClock } from '@/domain/escalation/deadlines';
import { DEFAULT_POLICIES } from '@/domain/escalation/policy';
import type { Incident } from '@/domain/incident/incident';
import { DEFAULT_SETTINGS } from '@/domain/settings/settings';
import { clockStats, useNow } from '@/state/clock';
import { clockKey } from '@/state/escalation';
import { tickTo, useFakeDate } from '@/testing/clock-control';
import { generateOpenIncidents } from '@/testing/open-incidents';
import { EMPTY_DIRECTORY } from '@/domain/oncall/schedule';
import { Countdown } from '@/ui/countdown';
import { NearestClock } from './nearest-clock';

const T = Date.UTC(2026, 10, 23, 12, 0);
const N = 200;

/** 200 open incidents of every severity, declared up to `maxAgeMin` ago, some acknowledged, some with updates or fixed. */
const openIncidents = (seed: string, maxAgeMin: number): Incident[] => generateOpenIncidents(N, T, maxAgeMin, seed).incidents;

/** What the naive alternative would be: the same countdown, reading the clock on every tick. */
function EveryTick({ incident }: { incident: Incident }) {
  const now = useNow();
  const clock = nearestClock(deadlines(incident, DEFAULT_POLICIES[incident.severity], EMPTY_DIRECTORY, now, DEFAULT_SETTINGS));
  return clock ? <Countdown label={clock.label} state={clock.state} remainingMs={clock.remainingMs} dueAt={clock.dueAt} compact /> : null;
}

function measureMinute(incidents: Incident[], row: (i: Incident) => ReactNode) {
  let renders = 0;
  const onRender = (_id: string, phase: string) => {
    if (phase !== 'mount') renders++;
  };
  render(
    <>
      {incidents.map((i) => (
        <Profiler key={i.id} id={i.id} onRender={onRender}>
          {row(i)}
        </Profiler>
      ))}
    </>,
  );
  renders = 0;
  const notifiedBefore = clockStats().renders;
  for (let s = 1; s <= 60; s++) tickTo(T + s * 1_000);
  const notified = clockStats().renders - notifiedBefore;
  cleanup();
  return { renders, notified };
}

/** How often the nearest clock's text changes in that minute: the renders NearestClock should cost. */
function textChanges(incidents: Incident[]): number {
  let changes = 0;
  for (const i of incidents) {
    const key = (t: number) => clockKey(nearestClock(deadlines(i, DEFAULT_POLICIES[i.severity], EMPTY_DIRECTORY, t, DEFAULT_SETTINGS)));
    for (let s = 1; s <= 60; s++) if (key(T + s * 1_000) !== key(T + (s - 1) * 1_000)) changes++;
  }
  return changes;
}

beforeEach(async () => {
  await resetDatabase();
  useFakeDate(T);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('renders per minute of the shared clock', () => {
  it('NearestClock renders only when its text changes: 200 open incidents over a minute', async () => {
    const results: Record<string, unknown> = {};
    for (const [name, maxAge] of [
      ['mixed ages, up to 8 h', 8 * 60],
      ['all declared in the last 10 min (seconds showing)', 10],
    ] as const) {
      const incidents = openIncidents(name, maxAge);
      const selective = measureMinute(incidents, (i) => <NearestClock incident={i} />);
      // The naive variant costs N × 60 whatever the ages; measured once, for the comparison.
      const naive = name.startsWith('mixed') ? measureMinute(incidents, (i) => <EveryTick incident={i} />) : { renders: N * 60 };
      const expected = textChanges(incidents);
      results[name] = {
        incidents: N,
        nearestClockRenders: selective.renders,
        textChanges: expected,
        everyTickRenders: naive.renders,
        clockNotifications: selective.notified,
      };
      // Every tick reaches every subscriber (that is what clockStats counts)…
      expect(selective.notified).toBe(N * 60);
      // …but a countdown re-renders only for a change of its text (a few extra for live-query updates).
      expect(selective.renders).toBeGreaterThanOrEqual(expected);
      expect(selective.renders).toBeLessThanOrEqual(expected + N);
      expect(naive.renders).toBe(N * 60);
    }
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/clock-renders.json', JSON.stringify(results, null, 2));
  }, 120_000);
});
