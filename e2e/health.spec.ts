// Issue 4 "Done when": the overview shows every demo service in the colour its thresholds give;
// the scripted pool exhaustion turns checkout red within one refresh; the service page shows
// that scenario's deploy marker and spike; a failing source turns tiles grey/stale, never green.
import type { Page } from '@playwright/test';
import { test, expect, openPage } from './fixtures';
import { CYCLE_MS, MINUTE } from '../src/adapters/demo/scenarios';
import { createWorld, deploys, healthSnapshot } from '../src/adapters/demo/simulator';
import { DEFAULT_THRESHOLDS, type HealthThresholds } from '../src/domain/health/thresholds';
import { PALETTES } from '../src/ui/palette';

/** A 4-hour demo cycle starting 2026-11-23 08:00 UTC. */
const CYCLE = Date.UTC(2026, 10, 23, 8, 0);
const world = createWorld('watchfloor');

/** The first minute at which checkout's 5xx rate reaches the critical limit (5 %). */
function firstBrokenMinute(): number {
  for (let t = CYCLE + 20 * MINUTE; t < CYCLE + 70 * MINUTE; t += MINUTE) {
    if (healthSnapshot(world, 'checkout', t).errorRatePct >= DEFAULT_THRESHOLDS.errorRateCritPct) return t;
  }
  throw new Error('the scenario never crosses 5 %');
}

const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));

/** The state the thresholds give, written out independently of the app's code. */
function expectedState(rate: number, p95: number, availability: number, t: HealthThresholds) {
  if (rate >= t.errorRateCritPct || p95 >= t.p95CritMs || availability < t.availabilityCritPct) return 'broken';
  if (rate >= t.errorRateWarnPct || p95 >= t.p95WarnMs || availability < t.availabilityWarnPct) return 'degraded';
  return 'healthy';
}

const WORD = { healthy: 'Healthy', degraded: 'Degraded', broken: 'Broken' } as const;

function rgb(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function readTiles(page: Page) {
  return page.locator('li.health-tile').evaluateAll((tiles) =>
    tiles.map((tile) => ({
      id: tile.getAttribute('data-service') ?? '',
      state: tile.getAttribute('data-state') ?? '',
      word: tile.querySelector('.status-badge')?.textContent ?? '',
      hasIcon: tile.querySelector('.status-badge svg') !== null,
      figures: [...tile.querySelectorAll('.tile-figure dd')].map((d) => d.textContent ?? ''),
      background: getComputedStyle(tile).backgroundColor,
      label: tile.querySelector('a.health-tile-link')?.getAttribute('aria-label') ?? '',
    })),
  );
}

test.describe('service health overview', () => {
  test('shows every demo service, coloured as its thresholds say, with an icon and a word', async ({ page }) => {
    await page.clock.install({ time: CYCLE + 12 * MINUTE });
    await page.emulateMedia({ colorScheme: 'light' });
    await openPage(page, '/');
    await expect(page.locator('li.health-tile')).toHaveCount(12);
    await expect(page.getByTestId('board-summary')).toBeVisible();
    const tiles = await readTiles(page);
    expect(new Set(tiles.map((t) => t.id)).size).toBe(12);
    for (const tile of tiles) {
      const [rate, p95, availability] = tile.figures.map(number) as [number, number, number];
      const state = expectedState(rate, p95, availability, DEFAULT_THRESHOLDS);
      expect(tile.state, `${tile.id} (${tile.figures.join(', ')})`).toBe(state);
      expect(tile.word).toBe(WORD[state]);
      expect(tile.hasIcon).toBe(true);
      expect(tile.background).toBe(rgb(PALETTES.light.stateTint[state]));
      expect(tile.label).toMatch(new RegExp(`: ${WORD[state]}, 5xx [\\d.]+ %, p95 [\\d,]+ ms`));
    }

    await test.step('a threshold edited in the service catalogue recolours the tile', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Service', { exact: true }).selectOption('cart');
      await page.getByLabel('Use the default thresholds').uncheck();
      const form = page.getByRole('form', { name: /Catalogue entry of Cart/ });
      await form.getByLabel('p95 latency: careful from (ms)').fill('1');
      await form.getByLabel('p95 latency: broken from (ms)').fill('2');
      await form.getByRole('button', { name: 'Save Cart' }).click();
      await expect(form.getByRole('status')).toHaveText('Saved Cart.');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      const cart = page.locator('li.health-tile[data-service="cart"]');
      await expect(cart).toHaveAttribute('data-state', 'broken');
      await expect(cart).toContainText(/p95 [\d,]+ ms ≥ 2 ms/);
      // Worst first: cart now leads its team.
      await expect(page.locator('[data-team="Storefront"] li.health-tile').first()).toHaveAttribute('data-service', 'cart');
    });
  });

  test('the pool-exhaustion scenario turns checkout red within one refresh', async ({ page }) => {
    const crossing = firstBrokenMinute();
    await page.clock.install({ time: crossing - 40_000 });
    await openPage(page, '/');
    const checkout = page.locator('li.health-tile[data-service="checkout"]');
    await expect(checkout).toHaveAttribute('data-state', /healthy|degraded/);
    // Past the crossing by one refresh interval (15 s): the next poll must have recoloured it.
    await page.clock.runFor(40_000 + 15_000);
    await expect(checkout).toHaveAttribute('data-state', 'broken');
    await expect(checkout.getByText('Broken')).toBeVisible();
    await expect(checkout.locator('a.health-tile-link')).toHaveAttribute('aria-label', /^Checkout: Broken, 5xx [\d.]+ %.*5xx [\d.]+ % ≥ 5 %/);
    // Worst first: the broken service's team comes first, the broken tile first in it.
    await expect(page.locator('.team-group').first()).toHaveAttribute('data-team', 'Storefront');
    await expect(page.locator('.team-group').first().locator('li.health-tile').first()).toHaveAttribute('data-service', 'checkout');

    // The tile is the way in: its link opens the service page inside the app.
    await checkout.locator('a.health-tile-link').click();
    await expect(page).toHaveURL(/\/services\/checkout$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout');
  });

  test('a failing data source turns tiles grey and stale, never green', async ({ page }) => {
    await page.clock.install({ time: CYCLE + 12 * MINUTE });
    await openPage(page, '/');
    await expect(page.locator('li.health-tile[data-state="healthy"]')).toHaveCount(12);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    const outage = page.getByLabel('Simulate an outage (every call fails)');
    await outage.click();
    await page.clock.runFor(500);
    await expect(outage).toBeChecked();
    await nav.getByRole('link', { name: 'Overview' }).click();
    // The last good data stays on screen, marked as failing, until it is older than 90 s.
    await expect(page.locator('li.health-tile')).toHaveCount(12);
    await page.clock.runFor(2 * 60_000);
    await expect(page.getByTestId('health-source-failing')).toContainText('The health source is failing');
    await expect(page.locator('li.health-tile[data-state="unknown"].is-stale')).toHaveCount(12);
    await expect(page.locator('li.health-tile[data-state="healthy"]')).toHaveCount(0);
    await expect(page.locator('li.health-tile .status-badge').first()).toHaveText('Stale');
    await expect(page.getByTestId('health-data-age')).toContainText('stale');
  });
});

test.describe('service page', () => {
  test('shows the scenario’s deploy marker and its spike, lists them, and prefills a declaration', async ({ page }) => {
    await page.clock.install({ time: CYCLE + 45 * MINUTE });
    const badDeploy = deploys(world, CYCLE, CYCLE + CYCLE_MS, 'checkout')[0]!;
    expect(badDeploy.at).toBe(CYCLE + 20 * MINUTE);
    await openPage(page, '/services/checkout?range=1h');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout');
    const chart = page.getByTestId('error-rate-chart');
    await expect(chart.locator('.deploy-marker')).toHaveCount(1);
    await expect(chart.locator('svg').getByText(`▲ ${badDeploy.version}`)).toBeVisible();
    await expect(page.getByTestId('deploy-list')).toContainText(`${badDeploy.version} deployed`);
    await expect(chart.locator('.spike-marker')).toHaveCount(1);

    const spikes = page.locator('[data-panel="service-detections"] tr[data-kind="spike"]');
    await expect(spikes).toHaveCount(1);
    await expect(spikes).toContainText(/5xx errors \d+\.\d× the hourly baseline/);
    await expect(page.locator('[data-panel="service-detections"] tr[data-kind="anomaly"]')).not.toHaveCount(0);
    await expect(page.locator('.chart-summary').first()).toContainText(/1 spike, 1 deploy/);

    await test.step('the new error fingerprint of the bad deploy is marked new', async () => {
      const row = page.locator('[data-panel="service-error-groups"] tr', { hasText: 'PoolTimeoutError' });
      await expect(row.locator('.new-badge')).toHaveText('New');
      await expect(row).toContainText(badDeploy.version);
      await expect(page.locator('[data-panel="service-error-groups"] tr', { hasText: 'ValidationError' }).locator('.new-badge')).toHaveCount(0);
    });

    await test.step('Show zooms the charts to the spike', async () => {
      await spikes.getByRole('button', { name: /Zoom the charts to the spike/ }).click();
      await expect(page.getByText(/^Zoomed to /)).toBeVisible();
      await page.getByRole('button', { name: 'Reset zoom' }).click();
      await expect(page.getByText(/^Zoomed to /)).toHaveCount(0);
    });

    await test.step('Declare incident carries what the page shows', async () => {
      const href = await page.getByRole('link', { name: 'Declare incident for Checkout' }).getAttribute('href');
      const url = new URL(href!, 'http://x');
      expect(url.pathname).toBe('/incidents/new');
      expect(url.searchParams.get('service')).toBe('checkout');
      expect(url.searchParams.get('title')).toMatch(/^Checkout: 5xx/);
      expect(Number(url.searchParams.get('errorRate'))).toBeGreaterThan(5);
      expect(url.searchParams.get('description')).toContain(`Last deploy: ${badDeploy.version}`);
      expect(url.searchParams.get('description')).toContain('New error: PoolTimeoutError');
    });

    await expect(page.locator('[data-panel="runbooks"]')).toContainText('Connection exhaustion');
    await expect(page.locator('[data-panel="runbooks"]').getByRole('link', { name: 'Checkout dashboard' })).toHaveAttribute(
      'href',
      'https://grafana.example.com/d/checkout',
    );
  });

  test('every range loads, and recharts never gets more than two points per pixel', async ({ page }) => {
    await page.clock.install({ time: CYCLE + 45 * MINUTE });
    await openPage(page, '/services/checkout?range=1h');
    for (const range of ['6 h', '24 h', '7 d', '30 d']) {
      await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: range }).click();
      await expect(page.getByRole('button', { name: range })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByText('(loading…)')).toHaveCount(0, { timeout: 20_000 });
      const { points, plotWidth } = await page.getByTestId('error-rate-chart').evaluate((fig) => {
        const path = fig.querySelector('.series-5xx path.recharts-curve')?.getAttribute('d') ?? '';
        const grid = fig.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
        return { points: (path.match(/[ML]/g) ?? []).length, plotWidth: grid?.width ?? 0 };
      });
      expect(points, range).toBeGreaterThan(10);
      expect(points, range).toBeLessThanOrEqual(2 * Math.ceil(plotWidth) + 1);
    }
  });
});
