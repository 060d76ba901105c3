// Issue 5 "Done when", through the incident view: a P0 declared in the form escalates at 5, 10 and
// 15 minutes — once each, with two tabs open — acknowledging stops only the acknowledgement clock,
// and a reload mid-countdown reads the same remaining time.
import { test, expect } from './fixtures';
import { clock, level, MINUTE, T0 } from './escalation-pages';
import { declare, setName, status, timeline, transition } from './incident-pages';

test('a P0 escalates once per level in two tabs; acknowledging stops only its clock; a reload reads the same time', async ({ context, page }) => {
  test.setTimeout(120_000);
  await context.clock.install({ time: T0 });
  await setName(page, 'Sam Okafor');
  const id = await declare(page, {
    title: 'Checkout down for everyone',
    services: ['Checkout'],
    direct: 'P0 Critical — Full outage, data loss or corruption, security breach',
  });
  const other = await context.newPage();
  await other.goto(`/incidents/${id}`);
  await expect(status(other)).toHaveText('Detected');
  await expect(clock(page, id, 'ack')).toHaveAttribute('data-state', 'running');

  const escalationsIn = async (tab: typeof page) => {
    await tab.getByRole('combobox', { name: 'Show' }).selectOption('Updates & escalations');
    return timeline(tab);
  };

  for (const [n, who] of [
    [1, 'on-call engineer'],
    [2, 'team lead'],
    [3, 'engineering manager'],
  ] as const) {
    await test.step(`level ${n} fires at ${n * 5} min, once, seen in both tabs`, async () => {
      await context.clock.fastForward(5 * MINUTE);
      for (const tab of [page, other]) {
        await expect(level(tab, id, n)).toHaveAttribute('data-status', 'fired');
        const t = await escalationsIn(tab);
        await expect(t.getByText(new RegExp(`^Escalated to level ${n}: ${who}`))).toHaveCount(1);
      }
    });
  }
  await expect(clock(page, id, 'ack')).toHaveAttribute('data-state', 'overdue');
  await page.screenshot({ path: 'reports/screenshots/incident-escalated.png', fullPage: true });

  await test.step('acknowledging stops the acknowledgement clock while the resolution clock goes on', async () => {
    await transition(page, /Acknowledge → Investigating/, {});
    await expect(status(page)).toHaveText('Investigating');
    for (const tab of [page, other]) {
      await expect(clock(tab, id, 'ack')).toHaveAttribute('data-state', 'stopped');
      await expect(clock(tab, id, 'resolution')).not.toHaveAttribute('data-state', 'stopped');
      await expect(clock(tab, id, 'update')).toHaveAttribute('data-state', /running|due-soon|overdue/);
    }
    // Escalations are written once however many tabs are open.
    const t = await escalationsIn(other);
    await expect(t.getByText(/^Escalated to level/)).toHaveCount(3);
  });

  await test.step('a reload mid-countdown reads the same remaining time', async () => {
    await context.clock.setFixedTime(T0 + 16 * MINUTE);
    const before = await clock(page, id, 'root_cause').textContent();
    expect(before).toMatch(/in 44 min/);
    await page.reload();
    await expect(clock(page, id, 'root_cause')).toHaveText(before!);
  });
});
