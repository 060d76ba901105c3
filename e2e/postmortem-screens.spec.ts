// Screenshots of the postmortem screens (light and dark, 1280×720, and the print view), saved
// under reports/screenshots for a person to look at. Each also checks what it shows.
import { test, expect } from './fixtures';
import { createPostmortem, setName, waitSaved } from './postmortem-helpers';

for (const theme of ['light', 'dark'] as const) {
  test(`editor and document view in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await setName(page, 'Ana Author');
    await createPostmortem(page);
    await page
      .getByRole('textbox', { name: 'Executive summary' })
      .fill('Checkout failed for **24 minutes** after release 4.212.0 exhausted the database pool; a rollback fixed it.');
    await page.getByRole('textbox', { name: /^Because 1/ }).fill('Release 4.212.0 exhausted the orders-db connection pool');
    const actions = page.locator('#pm-action-items');
    await actions.getByRole('button', { name: 'Add action item' }).click();
    await actions.getByRole('textbox', { name: /^Title of AI-/ }).fill('Alert on pool saturation above 80 %');
    await actions.getByRole('textbox', { name: /^Owner of AI-/ }).fill('Sam Okafor');
    await actions.getByLabel(/^Due date of AI-/).fill('2020-01-01');
    await waitSaved(page);
    await expect(page.locator('.pm-diagram svg')).toHaveCount(2, { timeout: 20_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `reports/screenshots/postmortem-editor-${theme}.png` });
    for (const id of ['timeline', 'five-whys', 'action-items']) {
      await page.locator(`#pm-${id}`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `reports/screenshots/postmortem-${id}-${theme}.png` });
    }
    await expect(actions.getByText(/^Overdue /)).toBeVisible();

    await page.getByRole('link', { name: 'Document view' }).click();
    await expect(page.locator('.pm-document svg')).toHaveCount(2, { timeout: 20_000 });
    await page.screenshot({ path: `reports/screenshots/postmortem-document-${theme}.png` });
    if (theme === 'light') {
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await page.screenshot({ path: 'reports/screenshots/postmortem-print.png', fullPage: true });
      await page.pdf({ path: 'reports/screenshots/postmortem-print.pdf' }).catch(() => undefined);
    }

    await page.emulateMedia({ media: 'screen', colorScheme: theme });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    await expect(page.locator('[data-panel="open-action-items"] tbody tr')).toHaveCount(1);
    await page.locator('[data-panel="open-action-items"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `reports/screenshots/incidents-postmortem-panels-${theme}.png` });
  });
}

test('printing from the editor points to the document view', async ({ page }) => {
  await setName(page, 'Ana Author');
  await createPostmortem(page);
  await expect(page.getByText('To print the postmortem, open its Document view')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('To print the postmortem, open its Document view')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Executive summary' })).toBeHidden();
});
