import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Alarm } from '@/domain/escalation/watch';
import { SettingsProvider } from '@/state/settings';
import { AlarmBanner, BANNER_ROWS } from './alarm-banner';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;

function alarm(incidentId: string, severity: Alarm['severity'], minutesOverdue: number): Alarm {
  return {
    key: `${incidentId}:update`,
    kind: 'update',
    incidentId,
    title: `Trouble ${incidentId}`,
    severity,
    since: NOW - minutesOverdue * MIN,
    message: 'Update overdue',
    loud: false,
  };
}

function show(alarms: Alarm[]) {
  return render(
    <MemoryRouter>
      <SettingsProvider>
        <AlarmBanner alarms={alarms} incidents={[]} now={NOW} />
      </SettingsProvider>
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe('AlarmBanner', () => {
  it('shows every incident when there are few', async () => {
    show([alarm('INC-1', 'P2', 5), alarm('INC-2', 'P1', 1)]);
    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByTestId('alarm-more')).toBeNull();
    expect(screen.getByRole('heading').textContent).toContain('Clocks have run out on 2 incidents');
  });

  it('caps a backlog at the most urgent rows and says how many more, with a way to them', async () => {
    const alarms = [
      alarm('INC-P3', 'P3', 90),
      alarm('INC-P1-new', 'P1', 2),
      alarm('INC-P2', 'P2', 30),
      alarm('INC-P0', 'P0', 1),
      alarm('INC-P1-old', 'P1', 40),
    ];
    show(alarms);
    const rows = await screen.findAllByRole('listitem');
    expect(rows).toHaveLength(BANNER_ROWS);
    // Most severe first; within a severity, the longest overdue first.
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['INC-P0', 'INC-P1-old', 'INC-P1-new']);
    expect(screen.getByRole('heading').textContent).toContain('Clocks have run out on 5 incidents');
    const more = screen.getByTestId('alarm-more');
    expect(more.textContent).toContain('And 2 more incidents with clocks run out');
    expect(within(more).getByRole('link').getAttribute('href')).toBe('/on-call');
  });
});
