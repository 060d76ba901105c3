// Issue 3: a newly declared incident is on the overview at once, on its service's tile too.
import { test, expect } from './fixtures';
import { declare, setName } from './incident-pages';

test('a new incident shows on the overview banner and on its service at once', async ({ page }) => {
  await setName(page, 'Ana');
  const id = await declare(page, {
    title: 'Search returns nothing',
    services: ['Search'],
    direct: 'P2 Medium — Non-critical feature down, small subset of users, minor performance issue',
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  const banner = page.getByRole('region', { name: /open incident/i });
  await expect(banner).toContainText('Search returns nothing');
  await expect(banner.getByRole('link', { name: new RegExp(id) })).toBeVisible();
  await expect(page.getByTestId(`nearest-clock-${id}`)).toBeVisible();
});
