import { test, expect } from './fixtures';
import { declare, setName } from './incident-pages';

test('metrics per severity match the demo history, and follow a new incident', async ({ page }) => {
  await page.goto('/metrics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metrics');
  await expect(page.getByRole('status').filter({ hasText: 'incidents declared' })).toContainText('3 incidents declared');
  // Demo P1s were acknowledged after 3 and 4 min, identified after 12 and 20, resolved after 24 and 31;
  // impact started 4 and 2 min before declaration. The P2 was acknowledged after 10 min.
  await expect(page.getByTestId('mtta-P1')).toContainText('3 min 30 s');
  await expect(page.getByTestId('mtta-P1')).toContainText('meets target');
  await expect(page.getByTestId('mtti-P1')).toContainText('16 min');
  await expect(page.getByTestId('mttr-P1')).toContainText('27 min');
  await expect(page.getByTestId('mttd-P1')).toContainText('3 min 00 s');
  await expect(page.getByTestId('mtta-P2')).toContainText('10 min');
  await expect(page.getByTestId('mtta-P0')).toHaveText('no data');
  await expect(page.getByRole('img', { name: /Bar chart: 3 incidents over \d+ weeks/ })).toBeVisible();
  await expect(page.locator('[data-panel="metrics-services"]')).toContainText('Checkout');
  await expect(page.getByTestId('repeat-share')).toHaveText('0.0 %');
  await page.screenshot({ path: 'reports/screenshots/metrics.png', fullPage: true });

  await setName(page, 'Ana');
  await declare(page, {
    title: 'Card payments timing out again',
    services: ['Payments API'],
    direct: 'P1 High — Major feature down, significant degradation, revenue impact',
  });
  await page.goto('/metrics');
  await expect(page.getByRole('status').filter({ hasText: 'incidents declared' })).toContainText('4 incidents declared');
  // Same service and a similar title as the demo's card-payment incident: a repeat.
  await expect(page.getByTestId('repeat-share')).toHaveText('25.0 %');
  await expect(page.locator('[data-panel="metrics-repeats"]')).toContainText('repeats INC-DE000003 (similar title)');
});
