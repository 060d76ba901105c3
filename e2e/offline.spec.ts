import { test, expect } from './fixtures';

test.describe('installable, and loads offline', () => {
  // Chromium logs the failed network fetch of the page while offline before the worker answers.
  test.use({ allowConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to load resource/ });

  test('after one visit, a reload during a network outage still comes back', async ({ page, context }) => {
    await page.goto('/wall?kiosk=1');
    await expect(page.locator('h1')).toBeVisible();
    // Wait until the service worker controls the page (its precache is then complete).
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await page.goto('/incidents');
    await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
    await context.setOffline(false);
  });

  test('the web app manifest names the app and its icons', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ short_name: 'Watchfloor', display: 'standalone', start_url: '/' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect((await request.get('/icon-512.png')).ok()).toBe(true);
  });
});
