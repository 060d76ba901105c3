import { readFileSync } from 'node:fs';
import { test, expect, openPage } from './fixtures';

test.describe('local store', () => {
  test('Settings shows the persistence result and the storage estimate', async ({ page }) => {
    await openPage(page, '/settings');
    await expect(page.getByTestId('persistence')).toContainText(/Persistent storage: (granted|not granted|not supported)/);
    await expect(page.getByTestId('storage-estimate')).toContainText(/Using \d+\.\d MB of \d+\.\d MB/);
  });

  test('export a backup and import it into a fresh browser', async ({ page, browser }) => {
    await openPage(page, '/settings');
    await page.getByLabel(/Your name/).fill('Ana Backup');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(/Demo records: 3 incidents/)).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
    const file = await (await downloading).path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup.format).toBe('watchfloor-backup');
    expect(backup.tables.events.length).toBeGreaterThan(10);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/settings');
    await other.getByRole('button', { name: 'Remove all demo data…' }).click();
    await other.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(other.getByText(/Demo records: 0 incidents/)).toBeVisible();
    await other.locator('input[type=file]').setInputFiles(file);
    await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 3 incidents');
    await expect(other.getByLabel(/Your name/)).toHaveValue('Ana Backup');
    await fresh.close();
  });

  test('a malformed backup imports nothing and says which record and field are wrong', async ({ page }) => {
    await openPage(page, '/settings');
    await expect(page.getByText(/Demo records: 3 incidents \((\d+) events\)/)).toBeVisible();
    const before = await page.getByText(/Demo records:/).textContent();
    const bad = {
      format: 'watchfloor-backup',
      schemaVersion: 2,
      exportedAt: 0,
      tables: {
        events: [
          {
            id: 'e1',
            incidentId: 'INC-0000ABCD',
            at: 1,
            author: 'x',
            kind: 'declared',
            payload: { title: '<img src=x onerror=alert(1)>', severity: 'P9' },
          },
        ],
      },
    };
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await expect(alert).toContainText('events[0] (event e1 of INC-0000ABCD)');
    await expect(alert).toContainText('payload.');
    await expect(page.getByText(/Demo records:/)).toHaveText(before!);

    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"some":"other app"}') });
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('not a Watchfloor backup');
  });

  test('removing demo data is confirmed first and removes only demo records', async ({ page }) => {
    await openPage(page, '/settings');
    await expect(page.getByText(/Demo records: 3 incidents/)).toBeVisible();
    await page.getByRole('button', { name: 'Remove all demo data…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText(/Demo records: 3 incidents/)).toBeVisible();
    await page.getByRole('button', { name: 'Remove all demo data…' }).click();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
      'Removed 3 demo incidents, 12 catalogue entries and 3 on-call teams.',
    );
    await expect(page.getByText(/Demo records: 0 incidents/)).toBeVisible();
  });
});
