import { describe, expect, it } from 'vitest';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';
import { MONDAY, team } from '@/testing/on-call';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { Severity } from '../severity/levels';
import { deadlines, escalationLadder } from './deadlines';
import { DEFAULT_POLICIES } from './policy';
import { activeAlarms, dueCommands, incidentAlarms } from './watch';

const MIN = 60_000;
const directory = { teams: [team()], overrides: [] };

function declared(severity: Severity = 'P0') {
  const h = incidentHarness('INC-0000000A', MONDAY);
  h.run({ type: 'declare', input: declareInput({ severity }) });
  return h;
}

const due = (h: ReturnType<typeof declared>, now = h.now) =>
  dueCommands(h.incident!, DEFAULT_POLICIES[h.incident!.severity], directory, now, DEFAULT_SETTINGS);

/** Runs what the watcher would, as the watcher does. */
function watch(h: ReturnType<typeof declared>) {
  const written = due(h).map((c) => h.run(c));
  return written.filter((d) => d.ok).map((d) => (d.ok ? d.event : null)!);
}

describe('due commands', () => {
  it('nothing before the first level', () => {
    const h = declared('P0');
    expect(due(h, MONDAY + 5 * MIN - 1)).toEqual([]);
  });

  it('level 1 at 5 min, with whom it reaches and why, and a deterministic event id', () => {
    const h = declared('P0');
    h.advance(5 * MIN);
    expect(due(h)).toEqual([
      {
        type: 'escalate',
        level: 1,
        who: ['on-call engineer: Sam Okafor'],
        channels: ['pager', 'sms', 'chat'],
        reason: 'Not acknowledged 5 min after declaration: level 1 of the P0 policy.',
        dueAt: MONDAY + 5 * MIN,
      },
    ]);
    const [event] = watch(h);
    expect(event).toMatchObject({ id: 'escalated:INC-0000000A:1', kind: 'escalated' });
  });

  it('levels 1, 2 and 3 of a P0 fire once each as time passes', () => {
    const h = declared('P0');
    const fired: number[] = [];
    for (let minute = 1; minute <= 20; minute++) {
      h.advance(MIN);
      for (const e of watch(h)) if (e.kind === 'escalated') fired.push(e.payload.level);
    }
    expect(fired).toEqual([1, 2, 3]);
    expect(h.events.filter((e) => e.kind === 'escalated').map((e) => e.at - MONDAY)).toEqual([5 * MIN, 10 * MIN, 15 * MIN]);
  });

  it('a watcher that wakes late writes every level it missed, each with its own due time', () => {
    const h = declared('P0');
    h.advance(40 * MIN);
    const commands = due(h);
    expect(commands.filter((c) => c.type === 'escalate').map((c) => c.type === 'escalate' && [c.level, c.dueAt - MONDAY])).toEqual([
      [1, 5 * MIN],
      [2, 10 * MIN],
      [3, 15 * MIN],
    ]);
    expect(commands.at(-1)).toEqual({ type: 'update_overdue', dueAt: MONDAY + 30 * MIN });
  });

  it('levels keep firing after an acknowledgement (the resolution clock goes on), saying why', () => {
    const h = declared('P0');
    h.advance(2 * MIN);
    h.run({ type: 'acknowledge', by: 'Sam' });
    h.advance(3 * MIN);
    expect(due(h)[0]).toMatchObject({ type: 'escalate', level: 1, reason: expect.stringMatching(/^Not resolved 5 min/) });
  });

  it('an overdue update is owed once per missed due time, and a published update restarts it', () => {
    const h = declared('P1');
    h.run({ type: 'acknowledge', by: 'Sam' });
    for (const level of [1, 2, 3]) h.run({ type: 'escalate', level, who: [], channels: [], reason: '', dueAt: 0 });
    h.advance(30 * MIN);
    const [event] = watch(h);
    expect(event).toMatchObject({ id: `update_overdue:INC-0000000A:${MONDAY + 30 * MIN}`, kind: 'update_overdue' });
    // The same due time again: the id repeats, so the store would keep one event.
    expect(due(h)).toEqual([{ type: 'update_overdue', dueAt: MONDAY + 30 * MIN }]);
    h.run({ type: 'publish_update', templateId: 't', templateName: 'Progress', audience: 'stakeholders', text: 'x' });
    expect(due(h)).toEqual([]);
    h.advance(30 * MIN);
    expect(due(h)).toEqual([{ type: 'update_overdue', dueAt: MONDAY + 60 * MIN }]);
  });

  it('P3 has no update cadence', () => {
    const h = declared('P3');
    h.advance(3 * 60 * MIN);
    expect(due(h)).toEqual([]);
  });

  it('nothing once resolved', () => {
    const h = declared('P0');
    h.run({ type: 'acknowledge', by: 'Sam' });
    h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    h.run({ type: 'transition', from: 'identified', to: 'fixing', fields: FILLED });
    h.run({ type: 'transition', from: 'fixing', to: 'resolved', fields: FILLED });
    h.advance(3 * 60 * MIN);
    expect(due(h)).toEqual([]);
  });
});

describe('alarms', () => {
  const alarmsOf = (h: ReturnType<typeof declared>, now = h.now) => {
    const policy = DEFAULT_POLICIES[h.incident!.severity];
    return incidentAlarms(
      h.incident!,
      deadlines(h.incident!, policy, directory, now, DEFAULT_SETTINGS),
      escalationLadder(h.incident!, policy, directory, now),
    );
  };

  it('none while every clock runs', () => {
    expect(alarmsOf(declared('P0'), MONDAY + 4 * MIN)).toEqual([]);
  });

  it('a level that is reached raises a loud alarm, a new one per level', () => {
    const h = declared('P0');
    h.advance(5 * MIN);
    expect(alarmsOf(h)).toEqual([expect.objectContaining({ key: 'escalation:INC-0000000A:1', kind: 'escalation', loud: true })]);
    watch(h);
    h.advance(5 * MIN);
    watch(h);
    expect(alarmsOf(h).map((a) => a.key)).toEqual(['escalation:INC-0000000A:2']);
    expect(alarmsOf(h)[0]!.message).toBe('Escalated to level 2: team lead: Priya Nair; senior engineer: Lea Martin');
  });

  it('acknowledging silences the acknowledgement and escalation alarms', () => {
    const h = declared('P0');
    h.advance(16 * MIN);
    watch(h);
    expect(alarmsOf(h).map((a) => a.kind)).toEqual(['ack', 'escalation']);
    h.run({ type: 'acknowledge', by: 'Sam' });
    expect(alarmsOf(h)).toEqual([]);
  });

  it('an overdue update raises a quiet alarm that publishing clears', () => {
    const h = declared('P1');
    h.run({ type: 'acknowledge', by: 'Sam' });
    h.advance(31 * MIN);
    expect(alarmsOf(h)).toEqual([expect.objectContaining({ kind: 'update', loud: false, since: MONDAY + 30 * MIN })]);
    h.run({ type: 'publish_update', templateId: 't', templateName: 'Progress', audience: 'stakeholders', text: 'x' });
    expect(alarmsOf(h)).toEqual([]);
  });

  it('across incidents: acknowledgements first, then escalations, then updates, oldest first', () => {
    const a = declared('P0');
    a.advance(16 * MIN);
    const b = incidentHarness('INC-0000000B', MONDAY - 60 * MIN);
    b.run({ type: 'declare', input: declareInput({ severity: 'P1' }) });
    b.run({ type: 'acknowledge', by: 'Jon' });
    const alarms = activeAlarms([b.incident!, a.incident!], (i) => DEFAULT_POLICIES[i.severity], directory, a.now, DEFAULT_SETTINGS);
    expect(alarms.map((x) => `${x.kind}:${x.incidentId}`)).toEqual(['ack:INC-0000000A', 'escalation:INC-0000000A', 'update:INC-0000000B']);
  });
});
