// (d) What the shared clock costs the incident list (issue 5: "the note says how many renders a
// minute the incident list costs with 200 open incidents"). 200 open incidents (every severity,
// some acknowledged, some with updates, some fixing; `generateOpenIncidents`, seeded) are imported
// through the backup import, and the real app's /incidents (open incidents, the default) is left
// running under Playwright's clock. Each run is one simulated minute (`page.clock.runFor(60 s)`,
// so every 1 s tick fires), counting:
// - clock notifications: what the shared clock hands its subscribers (`clockStats()` of
//   src/state/clock.ts, readable in the bench build only, see bench/vite.config.ts);
// - React renders: components that actually rendered, page-wide and inside the list, read through
//   the DevTools hook production React reports commits to (a Profiler needs a profiling build);
// - DOM mutations inside the list (MutationObserver): what the browser had to restyle;
// and the rows in the DOM and on screen (the list is virtualised: only those rows have clocks).
// Two data sets: ages up to 8 h (most countdowns show minutes or are overdue) and all declared in
// the last 10 min (countdowns show seconds, the worst case).
import { drainWrites, installProbes } from '../lib/probes.mjs';

const COUNT = 200;
const MINUTE = 60_000;
const VARIANTS = [
  { name: 'ages up to 8 h', maxAgeMin: 8 * 60, seed: 'clock-renders mixed' },
  { name: 'all declared in the last 10 min', maxAgeMin: 10, seed: 'clock-renders fresh' },
];

/** Starts counting in the page; returns the clock's count at the start. */
const startCounting = (page) =>
  page.evaluate(() => {
    const list = document.querySelector('[data-testid="incident-rows"]');
    const c = window.__benchProbe.commits;
    Object.assign(c, { count: 0, renders: 0, mounts: 0, insideRenders: 0, insideMounts: 0, inside: list, recording: true });
    window.__benchMutations = window.__benchProbe.mutations('[data-testid="incident-rows"]');
    // The alarm banner lists every incident whose clock ran out: the page's other ticking list.
    window.__benchBannerMutations = document.querySelector('[data-testid="alarm-banner"]')
      ? window.__benchProbe.mutations('[data-testid="alarm-banner"]')
      : null;
    return window.__watchfloorStats.clockStats();
  });

const stopCounting = (page, before) =>
  page.evaluate((b) => {
    const c = window.__benchProbe.commits;
    c.recording = false;
    const mutations = window.__benchMutations.stop();
    const bannerMutations = window.__benchBannerMutations?.stop() ?? null;
    const alarms = document.querySelectorAll('[data-testid="alarm-banner"] li.alarm-item').length;
    const stats = window.__watchfloorStats.clockStats();
    const list = document.querySelector('[data-testid="incident-rows"]');
    const view = list.getBoundingClientRect();
    const rows = [...list.querySelectorAll('li.incident-row')];
    // Rows inside the list's own scroll box (the alarm banner of 200 overdue incidents can push
    // the list itself below the window's fold; its rows still render and tick).
    const visible = rows.filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom;
    });
    return {
      notifications: stats.renders - b.renders,
      subscribers: stats.subscribers,
      commits: c.count,
      renders: c.renders,
      listRenders: c.insideRenders,
      listMounts: c.insideMounts,
      mutations,
      bannerMutations,
      alarms,
      rowsInDom: rows.length,
      rowsVisible: visible.length,
      clocksInDom: list.querySelectorAll('[data-testid^="nearest-clock-"]').length,
      open: Number(rows[0]?.getAttribute('aria-setsize') ?? 0),
      listTopPx: Math.round(view.top + window.scrollY),
    };
  }, before);

async function oneMinute(page, harness) {
  const events = () => harness.evaluate(() => window.watchfloorBench.history.eventCount());
  const eventsBefore = await events();
  const before = await startCounting(page);
  await page.clock.runFor(MINUTE);
  // Let the last tick's renders commit before reading the counters (a message: not a faked timer).
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
  );
  return { ...(await stopCounting(page, before)), eventsWritten: (await events()) - eventsBefore };
}

async function measureVariant(ctx, variant) {
  const page = await ctx.newPage();
  await installProbes(page, { reactCommits: true, watch: { rows: 'li.incident-row' } });
  const now = Date.now();
  await page.clock.install({ time: now });
  await ctx.openHarness(page);
  const seeded = await page.evaluate((spec) => window.watchfloorBench.history.seedOpen(spec), {
    count: COUNT,
    now,
    maxAgeMin: variant.maxAgeMin,
    seed: variant.seed,
  });
  ctx.log(`  ${variant.name}: ${seeded.incidents} incidents, ${seeded.events} events (${JSON.stringify(seeded.byStatus)}), seed "${variant.seed}"`);
  // The escalations already due when the history was imported are written first, on a light page.
  const drained = await drainWrites(ctx, page);
  ctx.log(`    escalation backlog: ${drained.written} events written in ${(drained.ms / 1000).toFixed(1)} s`);
  await page.goto(`${ctx.baseURL}/incidents`);
  await page.waitForFunction(() => window.__benchProbe.seen.rows, null, { timeout: 120_000 });
  // Counts the events the app writes in each minute (escalations, overdue updates): each one is
  // a live-query update that re-renders what shows incidents, on top of the clock.
  const harness = await page.context().newPage();
  await ctx.openHarness(harness);
  await page.bringToFront();
  // Warm-up minutes: whatever the first visit still starts (demo data, catalogue) settles.
  for (let i = 0; i < ctx.warmup; i++) await oneMinute(page, harness);
  const runs = [];
  for (let i = 0; i < ctx.runs; i++) {
    const r = await oneMinute(page, harness);
    runs.push(r);
    ctx.log(
      `    minute ${i + 1}: ${r.notifications} clock notifications (${r.subscribers} subscribers) · ${r.renders} React renders in ${r.commits} commits, ${r.listRenders} in the list · ${r.mutations.records} DOM mutation records in the list (${r.mutations.text} text), ${r.bannerMutations?.records ?? 0} in the alarm banner (${r.alarms} alarms) · ${r.eventsWritten} events written · ${r.rowsVisible} rows in the list's view, ${r.rowsInDom} in the DOM, ${r.clocksInDom} clocks, ${r.open} open, list at y=${r.listTopPx}`,
    );
  }
  await page.context().close();
  return { seeded, drained, runs };
}

export default {
  name: 'clock renders, 200 open incidents',
  async run(ctx) {
    const details = {};
    const metrics = [];
    for (const variant of VARIANTS) {
      const { seeded, drained, runs } = await measureVariant(ctx, variant);
      details[variant.name] = { seed: variant.seed, maxAgeMin: variant.maxAgeMin, seeded, drained, runs };
      const pick = (f) => runs.map(f);
      const label = `[${variant.name}]`;
      metrics.push(
        { name: `${label} clock notifications / min`, unit: '', runs: pick((r) => r.notifications) },
        { name: `${label} React renders / min, whole page`, unit: '', runs: pick((r) => r.renders) },
        { name: `${label} React renders / min, in the list`, unit: '', runs: pick((r) => r.listRenders) },
        { name: `${label} DOM mutation records / min, list`, unit: '', runs: pick((r) => r.mutations.records) },
        { name: `${label} DOM mutation records / min, alarm banner`, unit: '', runs: pick((r) => r.bannerMutations?.records ?? 0) },
        { name: `${label} events written / min`, unit: '', runs: pick((r) => r.eventsWritten) },
        { name: `${label} rows in the list's view`, unit: '', runs: pick((r) => r.rowsVisible) },
        { name: `${label} rows in the DOM`, unit: '', runs: pick((r) => r.rowsInDom) },
      );
    }
    return { details, metrics };
  },
};
