import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';
import { MONDAY, team } from '@/testing/on-call';
import type { Incident } from '../incident/incident';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { SEVERITIES, type Severity } from '../severity/levels';
import { clockState, deadlines, escalationLadder, nearestClock, type Clock, type ClockKind } from './deadlines';
import { DEFAULT_POLICIES } from './policy';

const MIN = 60_000;
const directory = { teams: [team()], overrides: [] };
const settings = DEFAULT_SETTINGS;

/** A freshly declared incident (Storefront, declared Monday 09:00 UTC, when Sam Okafor is on call). */
function declared(severity: Severity = 'P0') {
  const h = incidentHarness('INC-0000000A', MONDAY);
  h.run({ type: 'declare', input: declareInput({ severity }) });
  return h;
}

function clocksOf(incident: Incident | null, now: number, s = settings): Record<ClockKind, Clock | undefined> {
  const list = deadlines(incident!, DEFAULT_POLICIES[incident!.severity], directory, now, s);
  return Object.fromEntries(list.map((c) => [c.kind, c])) as Record<ClockKind, Clock | undefined>;
}

function step(h: ReturnType<typeof declared>, from: Incident['status'], to: Incident['status']) {
  const d = h.run({ type: 'transition', from, to, fields: FILLED });
  if (!d.ok) throw new Error(d.error);
}

describe('clock state', () => {
  it('runs, turns due soon with 20 % of its time left, and is overdue at its due time', () => {
    expect(clockState(0, 100, 0)).toBe('running');
    expect(clockState(0, 100, 79)).toBe('running');
    expect(clockState(0, 100, 80)).toBe('due_soon');
    expect(clockState(0, 100, 99)).toBe('due_soon');
    expect(clockState(0, 100, 100)).toBe('overdue');
    expect(clockState(0, 100, 5_000)).toBe('overdue');
    expect(clockState(0, 100, 5_000, 50)).toBe('stopped');
  });
});

describe('a fresh P0', () => {
  const h = declared('P0');
  const t0 = MONDAY;

  it('runs acknowledgement, resolution, escalation, update and root-cause clocks', () => {
    const c = clocksOf(h.incident, t0);
    expect(Object.keys(c)).toEqual(['ack', 'resolution', 'escalation', 'update', 'root_cause']);
    expect(c.ack).toMatchObject({ dueAt: t0 + 15 * MIN, state: 'running', remainingMs: 15 * MIN });
    expect(c.resolution).toMatchObject({ dueAt: t0 + 15 * MIN, state: 'running' });
    expect(c.escalation).toMatchObject({ label: 'Escalation level 1', level: 1, dueAt: t0 + 5 * MIN, channels: ['pager', 'sms', 'chat'] });
    expect(c.update).toMatchObject({ dueAt: t0 + 30 * MIN });
    expect(c.root_cause).toMatchObject({ dueAt: t0 + 60 * MIN });
  });

  it('names the people each clock concerns, through the schedule', () => {
    const c = clocksOf(h.incident, t0);
    expect(c.ack!.concerns.map((x) => [x.label, x.people])).toEqual([
      ['on-call engineer', ['Sam Okafor']],
      ['secondary on-call', ['Jon Ruiz']],
    ]);
    expect(c.update!.concerns).toEqual([{ label: 'communication lead', people: ['Ben'], role: true }]);
    expect(c.root_cause!.concerns[0]).toEqual({ label: 'incident commander', people: ['Ana'], role: true });
  });

  it('level 1 turns due soon in its last minute and overdue at 5 min until it is written', () => {
    expect(clocksOf(h.incident, t0 + 4 * MIN - 1).escalation!.state).toBe('running');
    expect(clocksOf(h.incident, t0 + 4 * MIN).escalation!.state).toBe('due_soon');
    expect(clocksOf(h.incident, t0 + 5 * MIN).escalation).toMatchObject({ state: 'overdue', level: 1 });
  });

  it('the acknowledgement clock turns amber at 12 min and red at 15 min', () => {
    expect(clocksOf(h.incident, t0 + 12 * MIN - 1).ack!.state).toBe('running');
    expect(clocksOf(h.incident, t0 + 12 * MIN).ack!.state).toBe('due_soon');
    expect(clocksOf(h.incident, t0 + 15 * MIN).ack).toMatchObject({ state: 'overdue', remainingMs: 0 });
    expect(clocksOf(h.incident, t0 + 20 * MIN).ack!.remainingMs).toBe(-5 * MIN);
  });
});

describe('escalation levels', () => {
  it('count down to the next level not yet fired, from the previous level', () => {
    const h = declared('P0');
    h.advance(5 * MIN);
    h.run({ type: 'escalate', level: 1, who: [], channels: [], reason: '', dueAt: MONDAY + 5 * MIN });
    const c = clocksOf(h.incident, h.now);
    expect(c.escalation).toMatchObject({ level: 2, startedAt: MONDAY + 5 * MIN, dueAt: MONDAY + 10 * MIN, state: 'running' });
    expect(c.escalation!.concerns.map((x) => x.people)).toEqual([['Priya Nair'], ['Lea Martin']]);
  });

  it('stop once every level has fired', () => {
    const h = declared('P0');
    h.advance(16 * MIN);
    for (const level of [1, 2, 3]) h.run({ type: 'escalate', level, who: [], channels: [], reason: '', dueAt: 0 });
    expect(clocksOf(h.incident, h.now).escalation).toMatchObject({ state: 'stopped', outcome: 'All 3 levels notified', level: 3 });
  });

  it('the ladder says which levels fired, are due, or wait', () => {
    const h = declared('P0');
    h.advance(11 * MIN);
    h.run({ type: 'escalate', level: 1, who: [], channels: [], reason: '', dueAt: 0 });
    expect(escalationLadder(h.incident!, DEFAULT_POLICIES.P0, directory, h.now).map((l) => l.status)).toEqual(['fired', 'due', 'pending']);
  });
});

describe('acknowledging', () => {
  it('stops the acknowledgement clock and nothing else', () => {
    const h = declared('P0');
    h.advance(16 * MIN);
    const before = clocksOf(h.incident, h.now + MIN);
    h.run({ type: 'acknowledge', by: 'Sam Okafor' });
    const after = clocksOf(h.incident, h.now + MIN);
    expect(after.ack).toMatchObject({ state: 'stopped', stoppedAt: MONDAY + 16 * MIN, remainingMs: -MIN, outcome: 'Acknowledged by Sam Okafor' });
    // Only the timing is compared: acknowledging also makes the responder the assignee, whom some clocks concern.
    const timing = ({ state, dueAt, startedAt, remainingMs, stoppedAt, outcome }: Clock) => ({
      state,
      dueAt,
      startedAt,
      remainingMs,
      stoppedAt,
      outcome,
    });
    for (const kind of ['resolution', 'escalation', 'update', 'root_cause'] as const) expect(timing(after[kind]!)).toEqual(timing(before[kind]!));
    expect(after.resolution!.state).toBe('overdue');
    expect(after.update!.state).toBe('running');
  });

  it('in time, the stopped clock keeps the time it had left', () => {
    const h = declared('P1');
    h.advance(4 * MIN);
    h.run({ type: 'acknowledge', by: 'Sam Okafor' });
    expect(clocksOf(h.incident, h.now + 60 * MIN).ack).toMatchObject({ state: 'stopped', remainingMs: 26 * MIN });
  });
});

describe('identifying and resolving', () => {
  it('identifying the root cause stops the root-cause clock', () => {
    const h = declared('P1');
    h.run({ type: 'acknowledge', by: 'Sam' });
    h.advance(30 * MIN);
    step(h, 'investigating', 'identified');
    const c = clocksOf(h.incident, h.now + 60 * MIN);
    expect(c.root_cause).toMatchObject({ state: 'stopped', outcome: 'Root cause identified', remainingMs: 30 * MIN });
    expect(c.resolution!.state).toBe('overdue');
  });

  it('resolution stops the resolution clocks: resolution, escalation, update, root cause', () => {
    const h = declared('P0');
    h.run({ type: 'acknowledge', by: 'Sam' });
    h.advance(7 * MIN);
    step(h, 'investigating', 'identified');
    step(h, 'identified', 'fixing');
    step(h, 'fixing', 'resolved');
    const c = clocksOf(h.incident, h.now + 2 * 60 * MIN);
    for (const kind of ['ack', 'resolution', 'escalation', 'update', 'root_cause'] as const) expect(c[kind]!.state).toBe('stopped');
    expect(c.resolution).toMatchObject({ outcome: 'Resolved', remainingMs: 8 * MIN });
    expect(c.escalation).toMatchObject({ outcome: 'Resolved before level 1' });
    expect(c.update!.outcome).toBe('Resolved: no more cadence updates');
    expect(nearestClock(Object.values(c).filter(Boolean) as Clock[])).toBeNull();
  });

  it('a recurrence starts the resolution clocks again and ends the monitoring clock', () => {
    const h = declared('P1');
    h.run({ type: 'acknowledge', by: 'Sam' });
    for (const [from, to] of [
      ['investigating', 'identified'],
      ['identified', 'fixing'],
      ['fixing', 'resolved'],
      ['resolved', 'monitoring'],
    ] as const)
      step(h, from, to);
    expect(clocksOf(h.incident, h.now).monitoring!.state).toBe('running');
    h.advance(60 * MIN);
    step(h, 'monitoring', 'investigating');
    const c = clocksOf(h.incident, h.now);
    expect(c.resolution!.state).toBe('overdue');
    expect(c.update!.state).toBe('overdue');
    expect(c.monitoring).toBeUndefined();
  });
});

describe('the update cadence', () => {
  it('restarts with every published update', () => {
    const h = declared('P1');
    h.advance(20 * MIN);
    h.run({ type: 'publish_update', templateId: 't', templateName: 'Progress', audience: 'stakeholders', text: 'Working on it' });
    expect(clocksOf(h.incident, h.now).update).toMatchObject({ startedAt: MONDAY + 20 * MIN, dueAt: MONDAY + 50 * MIN, state: 'running' });
  });

  it('follows the settings', () => {
    const h = declared('P2');
    const custom = { ...settings, severity: { ...settings.severity, P2: { ackMinutes: 60, updateMinutes: 45 } } };
    const c = clocksOf(h.incident, MONDAY, custom);
    expect(c.ack!.dueAt).toBe(MONDAY + 60 * MIN);
    expect(c.update!.dueAt).toBe(MONDAY + 45 * MIN);
  });
});

describe('per severity', () => {
  it.each(SEVERITIES.map((s) => [s]))('%s: response time and cadence from the settings, root cause only for P0/P1', (severity) => {
    const h = declared(severity);
    const c = clocksOf(h.incident, MONDAY);
    const table = settings.severity[severity];
    expect(c.ack!.dueAt - MONDAY).toBe(table.ackMinutes * MIN);
    expect(c.resolution!.dueAt - MONDAY).toBe(table.ackMinutes * MIN);
    expect(c.update?.dueAt).toBe(table.updateMinutes === null ? undefined : MONDAY + table.updateMinutes * MIN);
    expect(c.root_cause !== undefined).toBe(severity === 'P0' || severity === 'P1');
    expect(c.escalation!.dueAt - MONDAY).toBe(DEFAULT_POLICIES[severity].levels[0]!.afterMinutes * MIN);
  });

  it('a severity change re-reads every clock from the declaration', () => {
    const h = declared('P2');
    h.advance(20 * MIN);
    h.run({ type: 'change_severity', from: 'P2', to: 'P0', reason: 'Scope grew' });
    const c = clocksOf(h.incident, h.now);
    expect(c.ack).toMatchObject({ dueAt: MONDAY + 15 * MIN, state: 'overdue' });
    expect(c.root_cause).toMatchObject({ dueAt: MONDAY + 60 * MIN, state: 'running' });
    expect(c.escalation).toMatchObject({ level: 1, state: 'overdue' });
  });
});

describe('the monitoring period', () => {
  function monitored() {
    const h = declared('P1');
    h.run({ type: 'acknowledge', by: 'Sam' });
    for (const [from, to] of [
      ['investigating', 'identified'],
      ['identified', 'fixing'],
      ['fixing', 'resolved'],
      ['resolved', 'monitoring'],
    ] as const)
      step(h, from, to);
    return h;
  }

  it('runs for the configured hours and completes instead of going overdue', () => {
    const h = monitored();
    const start = h.incident!.monitoringSince!;
    expect(clocksOf(h.incident, start + 20 * 3_600_000).monitoring).toMatchObject({ state: 'running', dueAt: start + 24 * 3_600_000 });
    expect(clocksOf(h.incident, start + 25 * 3_600_000).monitoring).toMatchObject({ state: 'stopped', outcome: 'Complete: the incident may close' });
    expect(clocksOf(h.incident, start, { ...settings, monitoringHours: 2 }).monitoring!.dueAt).toBe(start + 2 * 3_600_000);
  });

  it('never turns amber: its end is good news', () => {
    const h = monitored();
    const start = h.incident!.monitoringSince!;
    expect(clocksOf(h.incident, start + 23 * 3_600_000).monitoring!.state).toBe('running');
  });

  it('stops when the incident closes', () => {
    const h = monitored();
    h.advance(25 * 3_600_000);
    step(h, 'monitoring', 'closed');
    const c = clocksOf(h.incident, h.now + 1_000);
    expect(c.monitoring).toMatchObject({ state: 'stopped', outcome: 'Closed' });
    expect(Object.values(c).every((x) => x!.state === 'stopped')).toBe(true);
  });
});

describe('the nearest clock', () => {
  it('is the overdue clock someone can act on first', () => {
    const h = declared('P0');
    const c = deadlines(h.incident!, DEFAULT_POLICIES.P0, directory, MONDAY + 20 * MIN, settings);
    expect(nearestClock(c)?.kind).toBe('ack');
    h.advance(20 * MIN);
    h.run({ type: 'acknowledge', by: 'Sam' });
    for (const level of [1, 2, 3]) h.run({ type: 'escalate', level, who: [], channels: [], reason: '', dueAt: 0 });
    expect(nearestClock(deadlines(h.incident!, DEFAULT_POLICIES.P0, directory, h.now, settings))?.kind).toBe('resolution');
  });

  it('otherwise the soonest due', () => {
    const h = declared('P2');
    h.run({ type: 'acknowledge', by: 'Sam' });
    const c = deadlines(h.incident!, DEFAULT_POLICIES.P2, directory, MONDAY + MIN, settings);
    expect(nearestClock(c)).toMatchObject({ kind: 'escalation', dueAt: MONDAY + 30 * MIN });
  });
});

describe('clocks as functions of time (property)', () => {
  const commands = fc.array(fc.constantFrom('ack', 'identify', 'fix', 'resolve', 'update', 'escalate'), { maxLength: 8 });

  it('are consistent at any moment, and never go back from overdue', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEVERITIES),
        commands,
        fc.array(fc.integer({ min: 0, max: 48 * 60 }), { minLength: 2, maxLength: 6 }),
        (severity, steps, minutes) => {
          const h = declared(severity);
          for (const s of steps) {
            h.advance(3 * MIN);
            const status = h.incident!.status;
            if (s === 'ack') h.run({ type: 'acknowledge', by: 'Sam' });
            if (s === 'identify' && status === 'investigating') step(h, 'investigating', 'identified');
            if (s === 'fix' && status === 'identified') step(h, 'identified', 'fixing');
            if (s === 'resolve' && status === 'fixing') step(h, 'fixing', 'resolved');
            if (s === 'update') h.run({ type: 'publish_update', templateId: 't', templateName: 'P', audience: 'public', text: 'x' });
            if (s === 'escalate')
              h.run({ type: 'escalate', level: h.incident!.escalationLevels.length + 1, who: [], channels: [], reason: '', dueAt: 0 });
          }
          const times = [...minutes].sort((a, b) => a - b).map((m) => h.now + m * MIN);
          const rank = { running: 0, due_soon: 1, overdue: 2, stopped: 3 } as const;
          let previous: Map<ClockKind, Clock> | null = null;
          for (const now of times) {
            const clocks = deadlines(h.incident!, DEFAULT_POLICIES[severity], directory, now, settings);
            for (const c of clocks) {
              expect(c.state === 'stopped').toBe(c.stoppedAt !== null);
              expect(c.remainingMs).toBe(c.dueAt - (c.stoppedAt ?? now));
              if (c.state === 'overdue') expect(now).toBeGreaterThanOrEqual(c.dueAt);
              if (c.state === 'due_soon') expect(c.remainingMs).toBeLessThanOrEqual((c.dueAt - c.startedAt) * 0.2);
              const before = previous?.get(c.kind);
              if (before && before.dueAt === c.dueAt && c.stoppedAt === null) expect(rank[c.state]).toBeGreaterThanOrEqual(rank[before.state]);
            }
            previous = new Map(clocks.map((c) => [c.kind, c]));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
