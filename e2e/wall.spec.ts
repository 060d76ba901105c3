// Issue 8 "Done when", as a team sees its wall: `/wall?kiosk=1` shows every demo service and an
// open incident's countdown without scrollbars at 1920×1080 and 1280×720, in type readable from
// across a room; a failing data source marks the wall stale within one refresh and the wall
// recovers by itself when the source does; a clock that runs out raises a banner nobody can miss;
// the rotation is a setting and keeps its place over a reload.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { banner, MINUTE } from './escalation-pages';
import { declare, setName } from './incident-pages';

const DEMO_SERVICES = 12;
const REFRESH_MS = 15_000;
const P0 = 'P0 Critical — Full outage, data loss or corruption, security breach';

/** How far the page scrolls, and how many boxes on it scroll their own content. */
async function scrolling(page: Page) {
  return page.evaluate(() => {
    const d = document.documentElement;
    const scrollers = [...document.querySelectorAll('body *')].filter((el) => {
      const s = getComputedStyle(el);
      return /auto|scroll/.test(s.overflowY + s.overflowX) && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
    });
    return { vertical: d.scrollHeight - d.clientHeight, horizontal: d.scrollWidth - d.clientWidth, scrollers: scrollers.length };
  });
}

/** The smallest font size of any visible text on the page, and where it is. */
async function smallestText(page: Page) {
  return page.evaluate(() => {
    let min = { px: Number.POSITIVE_INFINITY, where: '' };
    for (const el of document.querySelectorAll('body *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const r = el.getBoundingClientRect();
      // On screen only: the skip link waits off-screen for a keyboard that a wall does not have.
      const onScreen = r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
      if (!hasText || !onScreen || !el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const px = Number.parseFloat(getComputedStyle(el).fontSize);
      if (px < min.px) min = { px, where: `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}` };
    }
    return min;
  });
}

const fontPx = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

async function expectReadableWithoutScrolling(page: Page, services = DEMO_SERVICES) {
  await expect(page.locator('li.wall-tile')).toHaveCount(services);
  for (const tile of await page.locator('li.wall-tile').all()) await expect(tile).toBeInViewport({ ratio: 1 });
  expect(await scrolling(page)).toEqual({ vertical: 0, horizontal: 0, scrollers: 0 });
  const smallest = await smallestText(page);
  expect(smallest.px, smallest.where).toBeGreaterThanOrEqual(18);
}

const dataAge = (page: Page) => page.getByTestId('wall-data-age');

async function setOutage(settings: Page, on: boolean) {
  const outage = settings.getByLabel('Simulate an outage (every call fails)');
  // click, not check(): the box follows the stored setting, which lands after a moment.
  await outage.click();
  await settings.clock.runFor(500);
  await expect(outage).toBeChecked({ checked: on });
}

test('1920×1080: every service and an open incident’s countdown without scrollbars; an outage marks it stale within one refresh; it recovers', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await context.clock.install();
  await setName(page);
  const id = await declare(page, { title: 'Checkout declines every card', services: ['Checkout'], direct: P0 });

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/wall?kiosk=1');
  await expect(page.getByRole('heading', { name: 'Morning check' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');
  await expect(dataAge(page)).toContainText(/^Data as of \d\d:\d\d \((just now|\d+ s ago)\)/);

  const incident = page.locator(`[data-incident="${id}"]`);
  await expect(incident).toContainText('Checkout declines every card');
  await expect(incident).toContainText('P0');
  await expect(incident).toContainText('Detected');
  const countdown = incident.getByRole('timer').first();
  await expect(countdown).toBeInViewport({ ratio: 1 });
  await expect(countdown).toContainText(/in \d+ min/);
  await expectReadableWithoutScrolling(page);
  // Body text at least 24 px, key figures at least 48 px on a 1080p screen (DOMAIN.md §13).
  expect(await fontPx(page, '.wall-screen')).toBeGreaterThanOrEqual(24);
  expect(await fontPx(page, `[data-incident="${id}"] .countdown-time`)).toBeGreaterThanOrEqual(48);
  expect(await fontPx(page, '.wall-count strong')).toBeGreaterThanOrEqual(48);
  await page.screenshot({ path: 'reports/screenshots/wall-1920x1080-dark.png' });

  const settings = await context.newPage();
  await settings.goto('/settings');
  await test.step('the source fails: stale marks within one refresh, the last data stays', async () => {
    await setOutage(settings, true);
    // One poll, and its two retries (1 s, 2 s).
    await page.clock.runFor(REFRESH_MS + 4_000);
    await expect(dataAge(page)).toHaveAttribute('data-state', 'failing');
    await expect(dataAge(page)).toContainText(/^Data as of \d\d:\d\d \(.+\) — source failing$/);
    await expect(page.locator('[data-panel="wall-services"]')).toHaveClass(/is-stale/);
    await expect(page.getByTestId('wall-services-age')).toContainText('source failing');
    await expect(page.locator('li.wall-tile')).toHaveCount(DEMO_SERVICES);
    await page.screenshot({ path: 'reports/screenshots/wall-1920x1080-source-failing.png' });
  });

  await test.step('long enough for the breaker to open, then the source comes back: the wall recovers by itself', async () => {
    await page.clock.runFor(60_000);
    await setOutage(settings, false);
    await settings.close();
    await page.clock.runFor(3 * MINUTE);
    await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');
    await expect(page.locator('[data-panel="wall-services"]')).not.toHaveClass(/is-stale/);
    await expect(page.getByTestId('wall-services-age')).toHaveCount(0);
  });
});

test('1280×720, dark and light: every service without scrollbars, nothing under 18 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const theme of ['dark', 'light'] as const) {
    await page.goto(`/wall?kiosk=1&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');
    await expect(page.locator('[data-incident]').first().getByRole('timer').first()).toBeInViewport({ ratio: 1 });
    await expectReadableWithoutScrolling(page);
    await page.screenshot({ path: `reports/screenshots/wall-1280x720-${theme}.png` });
  }
});

test('50 services still fit, readable, at both sizes', async ({ page }) => {
  await page.goto('/settings');
  const count = page.getByLabel('Simulated services (1–1000)');
  await count.fill('50');
  await count.blur();
  // Leaving the page before the setting is stored would show the old dozen services.
  await expect(page.getByRole('status').filter({ hasText: 'Demo settings saved' })).toBeVisible();
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/wall?kiosk=1');
    await expect(page.locator('li.wall-tile')).toHaveCount(50);
    await expectReadableWithoutScrolling(page, 50);
    for (const tile of await page.locator('li.wall-tile').all()) await expect(tile.locator('.wall-tile-state')).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `reports/screenshots/wall-${width}x${height}-50-services.png` });
  }
});

test('a clock that runs out raises a large banner on the wall, still without scrollbars', async ({ context, page }) => {
  await context.clock.install();
  await setName(page);
  const id = await declare(page, { title: 'Search returns nothing', services: ['Search'], direct: P0 });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/wall?kiosk=1');
  await expect(page.locator(`[data-incident="${id}"]`)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  await page.clock.fastForward(5 * MINUTE);
  await expect(banner(page)).toContainText('Escalated to level 1');
  await expect(banner(page)).toBeInViewport({ ratio: 1 });
  expect(await fontPx(page, '[data-testid="alarm-banner"] h2')).toBeGreaterThanOrEqual(48);
  await expectReadableWithoutScrolling(page);
  await page.screenshot({ path: 'reports/screenshots/wall-1920x1080-alarm.png' });
});

test('the rotation is a setting, turns on its interval and keeps its page over a reload', async ({ context, page }) => {
  await context.clock.install();
  await page.goto('/settings');
  const wall = page.getByRole('form', { name: 'Wall display settings' });
  await wall.getByLabel(/Rotate pages every/).fill('20');
  await wall.getByRole('button', { name: 'Save wall settings' }).click();
  await expect(wall.getByRole('status')).toHaveText('Saved the wall settings.');
  await page.locator('[data-panel="settings-wall"]').screenshot({ path: 'reports/screenshots/settings-wall.png' });

  await page.goto('/wall?kiosk=1');
  await expect(page.getByTestId('wall-page')).toContainText('Page 1 of 2: Services');
  await expect(page.locator('li.wall-tile')).toHaveCount(DEMO_SERVICES);
  await expect(page.locator('[data-panel="wall-incidents"]')).toHaveCount(0);

  await page.clock.runFor(20_000);
  await expect(page.getByTestId('wall-page')).toContainText("Page 2 of 2: Open incidents and The night's alerts");
  await expect(page.locator('[data-panel="wall-incidents"]')).toBeVisible();
  await expect(page.locator('[data-panel="wall-alerts"]')).toBeVisible();
  await expect(page.locator('li.wall-tile')).toHaveCount(0);
  expect(await scrolling(page)).toEqual({ vertical: 0, horizontal: 0, scrollers: 0 });
  await page.screenshot({ path: 'reports/screenshots/wall-1280x720-rotation-page-2.png' });

  await page.reload();
  await expect(page.getByTestId('wall-page')).toContainText('Page 2 of 2');
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('wall-page')).toContainText('Page 1 of 2');
});

test('a lost network marks the wall offline, then stale; it refreshes by itself when the network is back', async ({ context, page }) => {
  await context.clock.install();
  await page.goto('/wall?kiosk=1');
  await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');
  await context.setOffline(true);
  await page.clock.runFor(REFRESH_MS + 1_000);
  await expect(dataAge(page)).toHaveAttribute('data-state', 'offline');
  await expect(dataAge(page)).toContainText(/— offline$/);
  await page.clock.runFor(2 * MINUTE);
  await expect(dataAge(page)).toHaveAttribute('data-state', 'stale');
  await expect(page.locator('[data-panel="wall-services"]')).toHaveClass(/is-stale/);
  // Past the stale limit every tile says so too, in words: never old data shown as fresh.
  await expect(page.locator('li.wall-tile.is-stale')).toHaveCount(DEMO_SERVICES);
  await expect(page.locator('li.wall-tile').first()).toContainText('Stale');
  await page.screenshot({ path: 'reports/screenshots/wall-1280x720-offline-stale.png' });
  await context.setOffline(false);
  await page.clock.runFor(1_000);
  await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');
});

test('a screen that slept refreshes as soon as it wakes, not at its next poll', async ({ context, page }) => {
  await context.clock.install();
  // Polls ten minutes apart: only the wake check can refresh within the few seconds this test runs.
  await page.goto('/settings');
  const general = page.locator('[data-panel="settings-general"]');
  await general.getByLabel('Refresh live data every (seconds)').fill('600');
  await general.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(general.getByRole('status')).toHaveText('Saved.');
  await page.goto('/wall?kiosk=1');
  await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');

  // Asleep for ten minutes: the time moves on, no timer runs.
  const asleepAt = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(asleepAt + 1_000);
  await page.clock.setSystemTime(asleepAt + 10 * MINUTE);
  // Awake: the wall's next wake check (every 5 s) sees the gap and refreshes at once.
  await page.clock.runFor(5_000);
  await expect(dataAge(page)).toHaveAttribute('data-state', 'fresh');
  await expect(dataAge(page)).toContainText(/\((just now|\d+ s ago)\)/);
});
