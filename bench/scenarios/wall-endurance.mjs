// (issue 8) The wall display left on for a day: `/wall?kiosk=1` at 1920×1080 driven through
// 5,760 refreshes at 15 s (one simulated day) in compressed time with Playwright's clock, which
// fires every timer (polls, the shared clock's ticks, the heap watchdog, the wake check) and moves
// `Date` as a real day would. Readings after forced GC (`HeapProfiler.collectGarbage` via CDP,
// twice), then `Performance.getMetrics`: retained JS heap, DOM nodes, event listeners, at start
// (after a warm-up of 40 refreshes), middle and end. Middle → end is the honest leak figure: the
// start includes caches filling up. One soak, not repeated runs: it takes minutes on this machine.
// WALL_BENCH_REFRESHES=400 shortens the day for a quick look.
import { wallReading, settle, assertFresh } from '../lib/soak.mjs';

const REFRESH_MS = 15_000;
const REFRESHES = Number(process.env.WALL_BENCH_REFRESHES) || 5_760;
const WARM_UP = 40;
const MB = 1024 * 1024;
const FLAT = 0.05;

export default {
  name: 'wall endurance, one simulated day',
  async run(ctx) {
    const context = await ctx.browser.newContext({
      viewport: { width: 1920, height: 1080 },
      colorScheme: 'dark',
      // The service worker would answer from its precache: this measures the page, not the worker.
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.clock.install();
    await page.goto(`${ctx.baseURL}/wall?kiosk=1`);
    await page.locator('li.wall-tile').first().waitFor();
    await page.locator('[data-testid="wall-data-age"][data-state="fresh"]').waitFor();
    const services = await page.locator('li.wall-tile').count();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => {
      // Main-thread blocking during the soak (real time: the fake clock does not touch these).
      window.__wallLongTasks = { count: 0, longestMs: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__wallLongTasks.count++;
          window.__wallLongTasks.longestMs = Math.max(window.__wallLongTasks.longestMs, e.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
    });

    const readings = [];
    const take = async (label, refreshes) => {
      await assertFresh(page, label);
      const r = { label, refreshes, ...(await wallReading(cdp)) };
      readings.push(r);
      ctx.log(
        `  ${label.padEnd(6)} after ${String(refreshes).padStart(4)} refreshes: heap ${(r.heapBytes / MB).toFixed(2)} MB, ${r.nodes} nodes, ${r.listeners} listeners`,
      );
    };

    const started = Date.now();
    let done = 0;
    const runTo = async (target) => {
      for (; done < target; done++) {
        await page.clock.runFor(REFRESH_MS);
        await settle(page);
        if (done % 720 === 719) ctx.log(`  … ${done + 1} refreshes (${((Date.now() - started) / 1000).toFixed(0)} s real time)`);
      }
    };
    await runTo(WARM_UP);
    await take('start', done);
    await runTo(WARM_UP + Math.round((REFRESHES - WARM_UP) / 2));
    await take('middle', done);
    await runTo(REFRESHES);
    await take('end', done);
    const longTasks = await page.evaluate(() => window.__wallLongTasks);
    const realSeconds = (Date.now() - started) / 1000;
    await context.close();
    if (errors.length) ctx.log(`  errors during the soak: ${errors.slice(0, 5).join(' | ')}`);

    const [start, middle, end] = readings;
    const perDay = (REFRESH_MS * 5_760) / (REFRESH_MS * (end.refreshes - start.refreshes));
    return {
      details: { services, refreshes: REFRESHES, refreshMs: REFRESH_MS, realSeconds, readings, longTasks, errors },
      metrics: [
        { name: 'retained heap, start', unit: 'MB', runs: [start.heapBytes / MB] },
        { name: 'retained heap, middle', unit: 'MB', runs: [middle.heapBytes / MB] },
        { name: 'retained heap, end', unit: 'MB', runs: [end.heapBytes / MB] },
        {
          name: 'heap growth per simulated day (start → end)',
          unit: 'MB',
          runs: [((end.heapBytes - start.heapBytes) / MB) * perDay],
          goal: { max: 5, label: '≤ 5 MB' },
        },
        { name: 'heap growth, middle → end', unit: 'MB', runs: [(end.heapBytes - middle.heapBytes) / MB] },
        { name: 'DOM nodes, start', unit: '', runs: [start.nodes] },
        // Flat, not constant: the night's list grows and shrinks with the hour of the simulated day.
        {
          name: 'DOM nodes, end − start',
          unit: '',
          runs: [end.nodes - start.nodes],
          goal: { max: FLAT * start.nodes, label: `flat (≤ ${FLAT * 100} %)` },
        },
        { name: 'listeners, start', unit: '', runs: [start.listeners] },
        {
          name: 'listeners, end − start',
          unit: '',
          runs: [end.listeners - start.listeners],
          goal: { max: FLAT * start.listeners, label: `flat (≤ ${FLAT * 100} %)` },
        },
        { name: 'long tasks (> 50 ms) in the soak', unit: '', runs: [longTasks.count] },
      ],
    };
  },
};
