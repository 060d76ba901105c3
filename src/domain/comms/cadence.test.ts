import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SEVERITY_TABLE, type Severity } from '../severity/levels';
import { nextUpdateDue, updateDueAfter, updateGaps } from './cadence';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);
const table = DEFAULT_SEVERITY_TABLE;

function incident(severity: Severity = 'P1') {
  const h = incidentHarness('INC-0000CAD0', T0);
  h.run({ type: 'declare', input: declareInput({ severity }) });
  const at = (minutes: number) => h.advance(T0 + minutes * MIN - h.now);
  return {
    h,
    publish(minutes: number) {
      at(minutes);
      const d = h.run({
        type: 'publish_update',
        templateId: 'builtin:progress',
        templateName: 'Progress update',
        audience: 'stakeholders',
        text: 'x',
      });
      if (!d.ok) throw new Error(d.error);
    },
    severity(minutes: number, to: Severity) {
      at(minutes);
      const d = h.run({ type: 'change_severity', from: h.incident!.severity, to, reason: 'scope changed' });
      if (!d.ok) throw new Error(d.error);
    },
    resolve(minutes: number) {
      at(minutes);
      h.run({ type: 'acknowledge', by: 'Ana' });
      h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
      h.run({ type: 'transition', from: 'identified', to: 'fixing', fields: FILLED });
      const d = h.run({ type: 'transition', from: 'fixing', to: 'resolved', fields: FILLED });
      if (!d.ok) throw new Error(d.error);
    },
    recur(minutes: number) {
      at(minutes);
      h.run({ type: 'transition', from: 'resolved', to: 'monitoring', fields: FILLED });
      const d = h.run({ type: 'transition', from: 'monitoring', to: 'investigating', fields: FILLED });
      if (!d.ok) throw new Error(d.error);
    },
  };
}

const minutesAfterT0 = (at: number | null) => (at === null ? null : (at - T0) / MIN);

describe('update cadence (DOMAIN.md §1, §6)', () => {
  it('the first update is due a cadence after the declaration', () => {
    expect(minutesAfterT0(nextUpdateDue(incident('P1').h.events, table))).toBe(30);
    expect(minutesAfterT0(nextUpdateDue(incident('P2').h.events, table))).toBe(120);
    expect(nextUpdateDue(incident('P3').h.events, table)).toBeNull();
  });

  it('publishing an update restarts the clock', () => {
    const i = incident('P1');
    i.publish(20);
    expect(minutesAfterT0(nextUpdateDue(i.h.events, table))).toBe(50);
    i.publish(45);
    expect(minutesAfterT0(nextUpdateDue(i.h.events, table))).toBe(75);
  });

  it('uses the cadence from Settings, not the defaults', () => {
    const custom = { ...table, P1: { ackMinutes: 30, updateMinutes: 15 } };
    expect(minutesAfterT0(nextUpdateDue(incident('P1').h.events, custom))).toBe(15);
  });

  it('raising the severity brings the deadline closer, never into the past', () => {
    const i = incident('P2');
    i.severity(40, 'P1');
    // P2 was due at 120; P1 raised at 40 → 40 + 30.
    expect(minutesAfterT0(nextUpdateDue(i.h.events, table))).toBe(70);
    const j = incident('P1');
    j.severity(25, 'P0');
    // P1 due at 30 stays: raising never extends a deadline.
    expect(minutesAfterT0(nextUpdateDue(j.h.events, table))).toBe(30);
  });

  it('lowering the severity measures the new cadence from the last update', () => {
    const i = incident('P1');
    i.severity(10, 'P2');
    expect(minutesAfterT0(nextUpdateDue(i.h.events, table))).toBe(120);
    const j = incident('P1');
    j.severity(10, 'P3');
    expect(nextUpdateDue(j.h.events, table)).toBeNull();
  });

  it('a deadline already missed stays missed', () => {
    const i = incident('P1');
    i.severity(40, 'P2');
    expect(minutesAfterT0(nextUpdateDue(i.h.events, table))).toBe(30);
  });

  it('a resolved incident has no update due, even one whose deadline was missed before', () => {
    const i = incident('P1');
    i.resolve(45);
    expect(nextUpdateDue(i.h.events, table)).toBeNull();
    expect(updateDueAfter(T0, i.h.events, table)).toBe(T0 + 30 * MIN);
  });

  it('resolution stops the clock, a recurrence restarts it', () => {
    const i = incident('P1');
    i.resolve(25);
    expect(nextUpdateDue(i.h.events, table)).toBeNull();
    i.recur(200);
    expect(minutesAfterT0(nextUpdateDue(i.h.events, table))).toBe(230);
  });

  it('updateDueAfter judges only what happened before `until`', () => {
    const i = incident('P2');
    i.severity(40, 'P1');
    expect(minutesAfterT0(updateDueAfter(T0, i.h.events, table, T0 + 30 * MIN))).toBe(120);
    expect(minutesAfterT0(updateDueAfter(T0, i.h.events, table))).toBe(70);
  });
});

describe('update gaps (the history)', () => {
  it('each update: time since the previous one, when it was due, how late', () => {
    const i = incident('P1');
    i.publish(10);
    i.publish(52);
    i.publish(70);
    const gaps = updateGaps(i.h.events, table);
    expect(gaps.map((g) => [minutesAfterT0(g.previousAt), minutesAfterT0(g.at), minutesAfterT0(g.dueAt), g.lateByMs / MIN, g.isFirst])).toEqual([
      [0, 10, 30, 0, true],
      [10, 52, 40, 12, false],
      [52, 70, 82, 0, false],
    ]);
  });

  it('an update after resolution is never late', () => {
    const i = incident('P1');
    i.resolve(25);
    i.publish(120);
    expect(updateGaps(i.h.events, table)).toMatchObject([{ dueAt: null, lateByMs: 0 }]);
  });

  it('P3 has no cadence: nothing is ever late', () => {
    const i = incident('P3');
    i.publish(600);
    expect(updateGaps(i.h.events, table)).toMatchObject([{ dueAt: null, lateByMs: 0 }]);
  });

  it('property: with one severity and no resolution, each update is due a cadence after the one before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Severity>('P0', 'P1', 'P2'),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 12 }),
        (severity, pauses) => {
          const i = incident(severity);
          let minute = 0;
          for (const p of pauses) {
            minute += p;
            i.publish(minute);
          }
          const cadence = table[severity].updateMinutes! * MIN;
          for (const g of updateGaps(i.h.events, table)) {
            expect(g.dueAt).toBe(g.previousAt + cadence);
            expect(g.lateByMs).toBe(Math.max(0, g.at - g.previousAt - cadence));
          }
          expect(nextUpdateDue(i.h.events, table)).toBe(T0 + minute * MIN + cadence);
        },
      ),
    );
  });
});
