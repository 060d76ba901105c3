// Contrast and colour in both themes, and screenshots of every screen issue 4 built (1280×720),
// saved under reports/screenshots/ to be looked at.
import type { Page } from '@playwright/test';
import { test, expect, openPage } from './fixtures';
import { MINUTE } from '../src/adapters/demo/scenarios';

const DURING_SCENARIO = Date.UTC(2026, 10, 23, 8, 40);

function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  const ch = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

async function tileColours(page: Page) {
  return page.locator('li.health-tile').evaluateAll((tiles) =>
    tiles.map((t) => {
      const badge = t.querySelector('.status-badge') as HTMLElement;
      return {
        id: t.getAttribute('data-service'),
        state: t.getAttribute('data-state'),
        background: getComputedStyle(t).backgroundColor,
        badge: getComputedStyle(badge).color,
        name: getComputedStyle(t.querySelector('.health-tile-name') as HTMLElement).color,
        figure: getComputedStyle(t.querySelector('.tile-figure dt') as HTMLElement).color,
        word: badge.textContent,
      };
    }),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: tile text keeps WCAG AA contrast on every state, and screenshots`, async ({ page }) => {
    await page.clock.install({ time: DURING_SCENARIO });
    await page.emulateMedia({ colorScheme: theme });
    await openPage(page, '/');
    await expect(page.locator('li.health-tile')).toHaveCount(12);
    await expect(page.locator('li.health-tile[data-state="broken"]')).not.toHaveCount(0);
    for (const tile of await tileColours(page)) {
      expect(contrast(tile.badge, tile.background), `${tile.id} badge`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tile.name, tile.background), `${tile.id} name`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tile.figure, tile.background), `${tile.id} labels`).toBeGreaterThanOrEqual(4.5);
      expect(tile.word?.trim().length).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `reports/screenshots/overview-${theme}.png` });
    await page.screenshot({ path: `reports/screenshots/overview-${theme}-full.png`, fullPage: true });

    await openPage(page, '/services/checkout?range=6h');
    await expect(page.getByTestId('error-rate-chart').locator('.recharts-line')).not.toHaveCount(0);
    await expect(page.getByTestId('latency-chart').locator('.recharts-line')).not.toHaveCount(0);
    await page.screenshot({ path: `reports/screenshots/service-${theme}.png` });
    await page.screenshot({ path: `reports/screenshots/service-${theme}-full.png`, fullPage: true });

    await openPage(page, '/settings');
    await page.locator('[data-panel="settings-thresholds"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `reports/screenshots/settings-catalogue-${theme}-full.png`, fullPage: true });
  });
}

test('stale tiles and the failing-source notice, for the record', async ({ page }) => {
  await page.clock.install({ time: DURING_SCENARIO });
  await openPage(page, '/settings');
  await page.getByLabel('Simulate an outage (every call fails)').click();
  await page.clock.runFor(500);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await page.clock.runFor(3 * MINUTE);
  await expect(page.getByTestId('health-source-failing')).toBeVisible();
  await page.screenshot({ path: 'reports/screenshots/overview-source-down.png' });
});
