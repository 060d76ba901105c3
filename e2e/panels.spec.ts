import { test, expect, openPage } from './fixtures';

test.describe('panel error boundaries', () => {
  test.use({ allowConsoleErrors: /Diagnostic crash|Panel "settings-storage" failed|The above error occurred/ });

  test('one panel that throws shows its error and a Retry; every other panel keeps working', async ({ page }) => {
    await openPage(page, '/settings?crashPanel=settings-storage');
    const broken = page.locator('[data-panel="settings-storage"]');
    await expect(broken.getByRole('alert')).toContainText('This panel failed');
    await expect(broken.getByRole('alert')).toContainText('Diagnostic crash of the "settings-storage" panel');

    // Another panel on the same page still works: save a name.
    const general = page.locator('[data-panel="settings-general"]');
    await general.getByLabel(/Your name/).fill('Ana Responder');
    await general.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(general.getByRole('status')).toHaveText('Saved.');
    await expect(page.locator('[data-panel="settings-sources"]').getByRole('heading', { name: 'Demo source' })).toBeVisible();

    await broken.getByRole('button', { name: 'Retry' }).click();
    await expect(broken.getByRole('button', { name: 'Export backup (JSON)' })).toBeVisible();
    await expect(broken.getByRole('alert')).toHaveCount(0);
  });
});
