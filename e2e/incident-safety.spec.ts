import { test, expect } from './fixtures';
import { addEntry, declare, setName, timeline } from './incident-pages';

const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
const HOSTILE_NOTE = '"]; click A callback <script>alert(2)</script>';

test('untrusted text stays text everywhere, including inside the diagram', async ({ page }) => {
  // The fixture fails the test if any dialog opens or any script error is logged.
  await page.addInitScript(() => {
    (window as unknown as { __xss: number }).__xss = 0;
    window.alert = () => void ((window as unknown as { __xss: number }).__xss += 1);
  });
  await page.goto('/incidents/new');
  await setName(page, '<b>Mallory</b>');
  const id = await declare(page, { title: HOSTILE_TITLE, services: ['Cart'], direct: 'P3 Low — Cosmetic, no user impact' });
  await addEntry(page, 'Note', HOSTILE_NOTE);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_TITLE);
  await expect(timeline(page)).toContainText(HOSTILE_NOTE);
  await expect(timeline(page)).toContainText('by <b>Mallory</b>');
  const diagram = page.locator('[data-panel="incident-lifecycle"]');
  await expect(diagram.locator('svg')).toBeVisible();
  await expect(diagram.getByText('The diagram could not be drawn')).toHaveCount(0);
  await expect(diagram).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);

  await page.goto('/incidents');
  await expect(page.getByRole('link', { name: new RegExp(`${id}`) })).toContainText(HOSTILE_TITLE);
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
});
