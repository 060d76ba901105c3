import { test, expect } from './fixtures';
import { declare, setName } from './incident-pages';

test('the incident list filters, sorts and counts', async ({ page }) => {
  await page.goto('/incidents');
  await setName(page, 'Ana');
  const p0 = await declare(page, {
    title: 'Sign-in down for everyone',
    services: ['Auth'],
    direct: 'P0 Critical — Full outage, data loss or corruption, security breach',
  });

  await page.goto('/incidents');
  const rows = page.getByTestId('incident-rows');
  // Open by default: the new P0 and the demo incident in monitoring.
  await expect(page.getByRole('status').filter({ hasText: 'incidents' })).toHaveText('2 of 4 incidents');
  await expect(rows.getByRole('link')).toHaveCount(2);
  await expect(rows.getByRole('link').first()).toContainText('Sign-in down for everyone');
  await expect(page.getByTestId('count-P0')).toHaveText('1');
  await expect(page.getByTestId('count-P1')).toHaveText('1');

  // The filter lives in the URL: click, then wait for the page to follow.
  await page.getByRole('radio', { name: 'Closed' }).click();
  await expect(page.getByRole('radio', { name: 'Closed' })).toBeChecked();
  await expect(rows.getByRole('link')).toHaveCount(2);
  await expect(rows).toContainText('Search slow, pods restarting');
  await expect(page).toHaveURL(/state=closed/);

  await page.getByRole('radio', { name: 'All' }).click();
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  await page.getByRole('searchbox', { name: 'Search' }).fill('checkout');
  await expect(rows.getByRole('link')).toHaveCount(1);
  await expect(rows).toContainText('Checkout returning 5xx after deploy');

  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('button', { name: /^P0 Critical/ }).click();
  await expect(rows.getByRole('link')).toHaveCount(1);
  await rows.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${p0}$`));

  await page.goBack();
  await expect(page.getByRole('button', { name: /^P0 Critical/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Sort').selectOption('severity');
  await page.getByRole('button', { name: 'All severities' }).click();
  await expect(rows.getByRole('link').first()).toContainText('Sign-in down');
  await page.getByLabel('Team').selectOption('Payments');
  await expect(rows.getByRole('link')).toHaveCount(1);
  await expect(rows).toContainText('Card payments timing out');
  await page.screenshot({ path: 'reports/screenshots/incident-list.png' });
});
