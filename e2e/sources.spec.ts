import { test, expect, openPage } from './fixtures';

test.describe('data-source resilience, seen by a user', () => {
  test('an outage turns the source down with the age of its data, shows breaker transitions, and recovers', async ({ page }) => {
    await page.clock.install();
    await openPage(page, '/settings');
    const header = page.getByTestId('source-demo');
    await expect(header).toHaveText('Demo: OK');

    const outage = page.getByLabel('Simulate an outage (every call fails)');
    // click, not check(): the box follows the stored setting, which lands after a moment.
    await outage.click();
    await page.clock.runFor(500);
    await expect(outage).toBeChecked();
    // Probes every 15 s; each failing call retries twice (1 s, 2 s): five failed attempts open the breaker.
    await page.clock.runFor(60_000);
    await expect(header).toContainText(/Demo: (degraded|down) — data from/);
    const details = page.getByTestId('source-details-demo');
    await expect(details).toContainText('open (failing fast)');
    await expect(details.locator('.transitions')).toContainText('closed → open');

    await outage.click();
    await page.clock.runFor(500);
    await expect(outage).not.toBeChecked();
    await page.clock.runFor(3 * 60_000);
    await expect(header).toHaveText('Demo: OK');
    await expect(details.locator('.transitions')).toContainText('open → half-open');
    await expect(details.locator('.transitions')).toContainText('half-open → closed');
  });

  test('malformed payloads are reported as unexpected data, not retried', async ({ page }) => {
    await openPage(page, '/settings');
    await page.getByLabel('Share of malformed responses (%)').fill('100');
    // The fault reaches the source once the setting is stored and read back: test until it has.
    await expect(async () => {
      await page.getByRole('button', { name: 'Test connection' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Failed' })).toContainText('unexpected data', { timeout: 1_000 });
    }).toPass();
    await expect(page.getByTestId('source-details-demo')).toContainText(/Last error.*unexpected data/);
  });
});
