import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { resetDatabase } from '@/db/database';
import { incidentEvents } from '@/db/incidents-read';
import { declareIncident } from '@/db/incidents-write';
import { saveTeam } from '@/db/oncall-write';
import { saveSettings } from '@/db/settings-repo';
import { useFakeDate, tickTo } from '@/testing/clock-control';
import { declareInput, MONITORING_PERIOD_MS } from '@/testing/incident-commands';
import { MONDAY, team } from '@/testing/on-call';
import { SettingsProvider } from '@/state/settings';
import { EscalationWatcher } from './escalation-watcher';

const MIN = 60_000;
const T0 = MONDAY;

async function declareP0() {
  const { incidentId } = await declareIncident(declareInput({ severity: 'P0', title: 'Checkout down' }), {
    now: T0,
    author: 'Ana',
    monitoringPeriodMs: MONITORING_PERIOD_MS,
  });
  return incidentId;
}

const kinds = async (id: string) => (await incidentEvents(id)).filter((e) => e.kind !== 'declared').map((e) => e.id);

/** Two watchers on one database: two tabs without Web Locks, where every tab leads. */
function twoTabs() {
  return render(
    <MemoryRouter>
      <SettingsProvider>
        <EscalationWatcher />
        <EscalationWatcher />
      </SettingsProvider>
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await resetDatabase();
  await saveTeam(team(), [], T0);
  await saveSettings({ userName: 'Sam Okafor' });
  useFakeDate(T0 + 1_000);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the escalation watcher', () => {
  it('writes each level once, even with two leaders racing, as the system author', async () => {
    const id = await declareP0();
    twoTabs();
    await waitFor(() => expect(document.documentElement.dataset.escalationLeader).toBe('true'));
    expect(screen.queryAllByTestId('alarm-banner')).toHaveLength(0);

    tickTo(T0 + 5 * MIN);
    await waitFor(async () => expect(await kinds(id)).toEqual([`escalated:${id}:1`]));
    await waitFor(() => expect(screen.getAllByTestId('alarm-banner')).toHaveLength(2));
    expect(screen.getAllByTestId('alarm-banner')[0]!.textContent).toContain('Escalated to level 1: on-call engineer: Sam Okafor');

    tickTo(T0 + 16 * MIN);
    await waitFor(async () => expect((await kinds(id)).sort()).toEqual([1, 2, 3].map((n) => `escalated:${id}:${n}`)));
    const events = await incidentEvents(id);
    expect(events.filter((e) => e.kind === 'escalated').every((e) => e.author === 'Watchfloor (escalation policy)')).toBe(true);
    expect(events.find((e) => e.id === `escalated:${id}:2`)).toMatchObject({
      payload: { who: ['team lead: Priya Nair', 'senior engineer: Lea Martin'], dueAt: T0 + 10 * MIN },
    });
    await waitFor(() => expect(screen.getAllByTestId('alarm-banner')[0]!.textContent).toContain('Not acknowledged'));
  });

  it('acknowledging from the banner silences it; an overdue update then raises its own, once', async () => {
    const id = await declareP0();
    twoTabs();
    tickTo(T0 + 16 * MIN);
    const [ack] = await screen.findAllByRole('button', { name: `Acknowledge ${id}` });
    fireEvent.click(ack!);
    await waitFor(() => expect(screen.queryAllByTestId('alarm-banner')).toHaveLength(0));

    tickTo(T0 + 31 * MIN);
    await waitFor(async () => expect(await kinds(id)).toContain(`update_overdue:${id}:${T0 + 30 * MIN}`));
    await waitFor(() => expect(screen.getAllByTestId('alarm-banner')[0]!.textContent).toContain('Update overdue — overdue by 1 min 00 s'));
    tickTo(T0 + 32 * MIN);
    await waitFor(() => expect(screen.getAllByTestId('alarm-banner')[0]!.textContent).toContain('overdue by 2 min 00 s'));
    expect((await kinds(id)).filter((k) => k.startsWith('update_overdue'))).toHaveLength(1);
  });

  it('writes nothing for a resolved incident, however late', async () => {
    const id = await declareP0();
    const ctx = { now: T0 + MIN, author: 'Ana', monitoringPeriodMs: MONITORING_PERIOD_MS };
    const { runCommand } = await import('@/db/incidents-write');
    await runCommand(id, { type: 'acknowledge', by: 'Ana' }, ctx);
    for (const [from, to, field] of [
      ['investigating', 'identified', 'rootCause'],
      ['identified', 'fixing', 'fix'],
      ['fixing', 'resolved', 'resolution'],
    ] as const) {
      await runCommand(id, { type: 'transition', from, to, fields: { [field]: 'x' } }, ctx);
    }
    twoTabs();
    tickTo(T0 + 5 * 60 * MIN);
    await new Promise((r) => setTimeout(r, 50));
    // Only the four events written above: no escalation, no overdue update.
    expect(await kinds(id)).toHaveLength(4);
    expect((await kinds(id)).some((k) => k.startsWith('escalated') || k.startsWith('update_overdue'))).toBe(false);
    expect(screen.queryAllByTestId('alarm-banner')).toHaveLength(0);
  });
});
