import { test, expect, openPage } from './fixtures';

const ROUTES: [string, RegExp][] = [
  ['/', /Overview/],
  ['/services/checkout', /checkout|Checkout/],
  ['/incidents', /Incidents/],
  ['/incidents/new', /Declare/],
  ['/incidents/INC-DE000001', /INC-DE000001|Checkout/],
  ['/incidents/INC-DE000001/postmortem', /Postmortem/],
  ['/metrics', /Metrics/],
  ['/wall', /Wall|Morning/],
  ['/settings', /Settings/],
];

test.describe('app shell', () => {
  for (const [path, heading] of ROUTES) {
    test(`${path} renders its heading without console errors`, async ({ page }) => {
      await openPage(page, path);
      await expect(page.locator('h1').first()).toHaveText(heading);
      await page.screenshot({ path: `reports/screenshots/route${path.replace(/\//g, '_') || '_root'}.png`, fullPage: true });
    });
  }

  test('an unknown address shows a 404 page with a way back', async ({ page }) => {
    await openPage(page, '/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('main').getByRole('link', { name: 'overview' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('navigation reaches every section from the header', async ({ page }) => {
    await openPage(page, '/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [name, url] of [
      ['Incidents', /\/incidents$/],
      ['Metrics', /\/metrics$/],
      ['Settings', /\/settings$/],
      ['Overview', /\/$/],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(url);
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
  });

  test('light and dark themes; the wall display is dark by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openPage(page, '/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await openPage(page, '/wall');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('kiosk mode hides all chrome', async ({ page }) => {
    await openPage(page, '/wall?kiosk=1');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });

  test('the header shows the demo source as OK', async ({ page }) => {
    await openPage(page, '/settings');
    await expect(page.getByTestId('source-demo')).toHaveText('Demo: OK');
  });
});
