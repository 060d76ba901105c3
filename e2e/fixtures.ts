// Shared Playwright fixtures. Every test fails if the page logs a console error or throws,
// unless it declares the errors it expects (e.g. the panel-crash test).
import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** Console errors this test expects (one pattern: Playwright reads arrays in test.use as tuples). */
  allowConsoleErrors: RegExp | null;
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowConsoleErrors?.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (error) => {
        if (!allowConsoleErrors?.test(error.message)) errors.push(`pageerror: ${error.message}`);
      });
      page.on('dialog', (dialog) => {
        errors.push(`unexpected dialog: ${dialog.type()} "${dialog.message()}"`);
        void dialog.dismiss();
      });
      await use(errors);
      expect(errors, 'console errors, page errors or dialogs during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app shell has rendered a page heading. */
export async function openPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
}
