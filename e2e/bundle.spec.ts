import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { test, expect } from './fixtures';
import { BUDGET_KB } from '../scripts/check-bundle.mjs';

test(`"/" loads at most ${BUDGET_KB} kB of gzipped JavaScript, and never mermaid`, async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  // A browser that already has the demo history. The first visit also loads the one-time seeding
  // code and the write path it uses; wait until the seeded incident shows, so the reload below
  // cannot interrupt the seeding and load that code again.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'INC-DE000003' }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  scripts.length = 0;
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
  const bytes = [...new Set(scripts)].reduce((sum, s) => sum + gzipSync(readFileSync(path.join('dist', s))).length, 0);
  expect(bytes / 1000).toBeLessThanOrEqual(BUDGET_KB);
});
