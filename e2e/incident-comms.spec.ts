// Issue 6 "Done when", through the incident view: the initial notice for a P1 is prefilled from the
// incident, copied, marked as sent (on the timeline, the next-update clock restarts), and the public
// message for an incident on an internal service name shows only its public name.
import { test, expect } from './fixtures';
import { clock, MINUTE } from './escalation-pages';
import { declare, setName, timeline } from './incident-pages';

const T0 = Date.UTC(2026, 10, 25, 9, 0);

test('draft the initial notice, copy it, mark it sent; the public message names services publicly', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.clock.install({ time: T0 });
  await setName(page, 'Priya Nair');
  const id = await declare(page, {
    title: 'Card payments failing',
    services: ['Payments API'],
    commsLead: 'Tom Becker',
    direct: 'P1 High — Major feature down, significant degradation, revenue impact',
  });

  const panel = page.getByRole('region', { name: 'Draft an update' });
  await test.step('the initial notice is suggested and prefilled from the incident', async () => {
    await expect(panel.getByRole('combobox', { name: 'Template' })).toHaveValue(/declared/i);
    const message = panel.getByRole('textbox', { name: 'Message' });
    await expect(message).toHaveValue(/P1 \(High\)/);
    await expect(message).toHaveValue(/Detected/);
    await expect(message).toHaveValue(/Payments API/);
    // P1 cadence: every 30 minutes, shown in UTC.
    await expect(message).toHaveValue(/09:30 UTC/);
  });

  await test.step('copy as Slack mrkdwn puts the text on the clipboard', async () => {
    await panel.getByRole('button', { name: 'Copy as Slack mrkdwn' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Payments API');
    expect(copied).toContain('*');
  });

  await test.step('mark as sent: on the timeline, and the next-update clock restarts', async () => {
    await context.clock.fastForward(10 * MINUTE);
    // Time runs in the page between steps, so a few seconds may already have gone.
    await expect(clock(page, id, 'update')).toContainText(/in (19|20) min/);
    // The notice asks for what only people know: the impact.
    const message = panel.getByRole('textbox', { name: 'Message' });
    const draft = await message.inputValue();
    expect(draft).toContain('[fill in: impact]');
    await message.fill(draft.replace('[fill in: impact]', 'About 30 % of card payments fail; retries succeed.'));
    await expect(panel.getByRole('region', { name: 'Preview' })).toContainText('About 30 % of card payments fail');
    await panel.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('combobox', { name: 'Show' }).selectOption('Updates & escalations');
    await expect(timeline(page).getByText(/^Update published to responders/)).toHaveCount(1);
    await expect(clock(page, id, 'update')).toContainText(/in (29|30) min/);
    await expect(page.getByRole('region', { name: 'Updates sent' })).toContainText('Payments API');
  });

  await test.step('the public status-page message uses the public name only', async () => {
    const template = panel.getByRole('combobox', { name: 'Template' });
    const publicOption = await template
      .locator('option', { hasText: /status page|public/i })
      .first()
      .getAttribute('value');
    await template.selectOption(publicOption!);
    const preview = panel.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Payments');
    await expect(preview).not.toContainText('Payments API');
    await expect(preview).not.toContainText('Priya Nair');
  });
  await page.screenshot({ path: 'reports/screenshots/incident-comms.png', fullPage: true });
});
