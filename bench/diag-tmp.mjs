import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { createContext } from './lib/context.mjs';
import { serve } from './lib/server.mjs';
import { installProbes } from './lib/probes.mjs';
const COUNT = Number(process.argv[2] ?? 2000);
const found = await findBrowser();
const server = await serve();
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
const ctx = createContext({ browser, baseURL: server.baseURL, runs: 5, warmup: 1, log: console.log });
try {
  const page = await ctx.newPage();
  await installProbes(page, { watch: { rows: 'li.incident-row' } });
  await ctx.openHarness(page);
  const seeded = await page.evaluate((spec) => window.watchfloorBench.history.seed(spec), {
    count: COUNT,
    seed: 42,
    now: Date.now(),
    eventsPerIncident: 20,
  });
  console.log('seeded', seeded.incidents, seeded.events, seeded.importMs, 'open', seeded.open);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${ctx.baseURL}/incidents?state=all`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(2000);
    const s = await page.evaluate(() => ({
      rows: document.querySelectorAll('li.incident-row').length,
      seen: window.__benchProbe.seen.rows,
      main: document.querySelector('main')?.textContent?.slice(0, 120),
      lt: window.__benchProbe.longTasks.length,
      ltTotal: window.__benchProbe.longTasks.reduce((s, e) => s + e.ms, 0),
    }));
    console.log(((Date.now() - t0) / 1000).toFixed(0), JSON.stringify(s));
    if (s.rows && i > 3) break;
  }
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/diag/list.cpuprofile', JSON.stringify(profile));
} finally {
  await browser.close();
  server.stop();
}
