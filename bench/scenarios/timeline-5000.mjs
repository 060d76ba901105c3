// (c) The incident view with a 5,000-event timeline (issue 3: "stays fast with 5,000 events").
// One generated incident with 5,000 events (`generateLongIncident`) is imported through the app's
// backup import, with a user name set so notes can be added. Each run, in the real app:
// - navigation to /incidents/<id> until the timeline's entries are on screen (plus two frames),
// - a timeline filter change ("Status & severity", 2 events) and back ("Everything", all of them),
//   from the select's change event to the filtered entries on screen,
// - adding a note: from the form's submit to the note at the top of the timeline, i.e. the
//   command, the IndexedDB transaction and the live query's round trip back to the screen,
// - scrolling the virtualised timeline to its end in 40 wheel steps: frames, long tasks, nodes.
import { frameSummary, installProbes, longTasksSince } from '../lib/probes.mjs';

const EVENTS = 5_000;
const STEPS = 40;
const USER = 'Bench Runner';

async function armFilter(page, kinds) {
  await page.evaluate((k) => {
    window.__benchPending = window.__benchProbe.after('change', () => {
      const entries = [...document.querySelectorAll('[data-testid="timeline"] li.timeline-entry')];
      if (entries.length === 0) return false;
      // "Everything": notes are back; a filter: only its kinds are shown.
      return k
        ? entries.every((e) => k.some((kind) => e.classList.contains(`kind-${kind}`)))
        : entries.some((e) => e.classList.contains('kind-note'));
    });
  }, kinds);
}

const settle = (page) => page.evaluate(() => window.__benchPending);

export async function measureOnce(page, url, n) {
  await page.goto(url);
  const timelineMs = await (await page.waitForFunction(() => window.__benchProbe.seen.timeline, null, { timeout: 300_000 })).jsonValue();
  const loadTasks = await longTasksSince(page, 0);
  await page.waitForTimeout(1_000);

  const show = page.locator('[data-panel="incident-timeline"] label.inline select');
  await armFilter(page, ['declared', 'acknowledged', 'status_changed', 'severity_changed']);
  await show.selectOption('status');
  const filterMs = await settle(page);
  await armFilter(page, null);
  await show.selectOption('all');
  const filterBackMs = await settle(page);

  const text = `Bench note ${n} at ${Date.now()}`;
  await page.getByLabel('Note text').fill(text);
  await page.evaluate((t) => {
    window.__benchPending = window.__benchProbe.after('submit', () =>
      document.querySelector('[data-testid="timeline"] li.timeline-entry[data-index="0"]')?.textContent?.includes(t),
    );
  }, text);
  await page.getByRole('button', { name: 'Add note' }).click();
  const noteMs = await settle(page);

  const scroller = page.getByTestId('timeline');
  await scroller.scrollIntoViewIfNeeded();
  const box = await scroller.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const since = await page.evaluate(() => {
    window.__benchProbe.frames.start();
    return performance.now();
  });
  const stepMs = [];
  let maxListNodes = 0;
  let maxEntries = 0;
  for (let s = 0; s < STEPS; s++) {
    // Row heights are measured as rows appear, so the total height is re-read each step.
    const step = await page.evaluate((left) => {
      const el = document.querySelector('[data-testid="timeline"]');
      const delta = Math.ceil((el.scrollHeight - el.clientHeight - el.scrollTop) / left);
      const target = Math.min(el.scrollTop + delta, el.scrollHeight - el.clientHeight);
      // Done when the scroll has arrived and a rendered entry covers the top of the view.
      window.__benchPending = window.__benchProbe.after('wheel', () => {
        if (el.scrollTop < target - 1) return false;
        const top = el.getBoundingClientRect().top;
        return [...el.querySelectorAll('li.timeline-entry')].some((li) => {
          const r = li.getBoundingClientRect();
          return r.top <= top + 1 && r.bottom > top;
        });
      });
      return delta;
    }, STEPS - s);
    await page.mouse.wheel(0, step);
    stepMs.push(await settle(page));
    const nodes = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="timeline"]');
      return { nodes: el.querySelectorAll('*').length, entries: el.querySelectorAll('li').length };
    });
    maxListNodes = Math.max(maxListNodes, nodes.nodes);
    maxEntries = Math.max(maxEntries, nodes.entries);
  }
  const intervals = await page.evaluate(() => window.__benchProbe.frames.stop());
  const scrollTasks = await longTasksSince(page, since);
  const atEnd = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="timeline"]');
    const count = Number(/(\d[\d,]*) events/.exec(el.closest('section')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0);
    return { count, last: Boolean(el.querySelector(`li[data-index="${count - 1}"]`)) };
  });
  const sortedSteps = [...stepMs].sort((a, b) => a - b);
  return {
    timelineMs,
    loadLongTasks: loadTasks.count,
    loadLongestTaskMs: loadTasks.longestMs,
    filterMs,
    filterBackMs,
    noteMs,
    scroll: {
      steps: STEPS,
      reachedLast: atEnd.last,
      events: atEnd.count,
      stepMedianMs: sortedSteps[Math.floor(sortedSteps.length / 2)],
      stepMaxMs: sortedSteps.at(-1),
      frames: frameSummary(intervals),
      longTasks: scrollTasks.count,
      longestTaskMs: scrollTasks.longestMs,
      maxListNodes,
      maxEntries,
    },
  };
}

export default {
  name: 'incident timeline, 5,000 events',
  async run(ctx) {
    const page = await ctx.newPage();
    await installProbes(page, { watch: { timeline: '[data-testid="timeline"] li.timeline-entry' } });
    await ctx.openHarness(page);
    const now = Date.now();
    const seeded = await page.evaluate(
      ({ count, at, user }) => window.watchfloorBench.history.seedLong(count, at, [{ key: 'app', value: { userName: user } }]),
      { count: EVENTS, at: now, user: USER },
    );
    ctx.log(`  ${seeded.incidentId}: ${seeded.events} events imported in ${(seeded.importMs / 1000).toFixed(1)} s`);
    const url = `${ctx.baseURL}/incidents/${seeded.incidentId}`;
    let n = 0;
    for (let i = 0; i < ctx.warmup; i++) await measureOnce(page, url, n++);
    const runs = [];
    for (let i = 0; i < ctx.runs; i++) {
      const r = await measureOnce(page, url, n++);
      runs.push(r);
      ctx.log(
        `  run ${i + 1}: timeline ${r.timelineMs.toFixed(0)} ms · filter ${r.filterMs.toFixed(0)} ms / back ${r.filterBackMs.toFixed(0)} ms · note ${r.noteMs.toFixed(0)} ms · scroll: ${r.scroll.frames.frames} frames, p95 ${r.scroll.frames.p95Ms.toFixed(0)} ms, ${r.scroll.longTasks} long tasks (longest ${r.scroll.longestTaskMs.toFixed(0)} ms), ≤ ${r.scroll.maxEntries} entries / ${r.scroll.maxListNodes} nodes${r.scroll.reachedLast ? `, reached event ${r.scroll.events}` : ', DID NOT reach the oldest event'}`,
      );
    }
    await page.context().close();
    const pick = (f) => runs.map(f);
    return {
      details: { generator: `generateLongIncident(${EVENTS}, now)`, generatedAt: now, seeded, runs },
      metrics: [
        { name: 'navigation → timeline on screen', unit: 'ms', runs: pick((r) => r.timelineMs) },
        { name: 'long tasks during that load', unit: '', runs: pick((r) => r.loadLongTasks) },
        {
          name: 'filter "Status & severity" → on screen',
          unit: 'ms',
          runs: pick((r) => r.filterMs),
          goal: { max: 100, label: '≤ 100 ms (our reading of "fast")' },
        },
        {
          name: 'filter "Everything" → on screen',
          unit: 'ms',
          runs: pick((r) => r.filterBackMs),
          goal: { max: 100, label: '≤ 100 ms (our reading of "fast")' },
        },
        {
          name: 'add note → on the timeline',
          unit: 'ms',
          runs: pick((r) => r.noteMs),
          goal: { max: 100, label: '≤ 100 ms (our reading of "fast")' },
        },
        { name: 'scroll: wheel step → entries on screen (median)', unit: 'ms', runs: pick((r) => r.scroll.stepMedianMs) },
        { name: 'scroll: frame interval p95', unit: 'ms', runs: pick((r) => r.scroll.frames.p95Ms), goal: { max: 50, label: '≤ 50 ms' } },
        { name: 'scroll: long tasks > 50 ms', unit: '', runs: pick((r) => r.scroll.longTasks), goal: { max: 0, label: 'none' } },
        { name: 'scroll: most DOM nodes in the timeline', unit: '', runs: pick((r) => r.scroll.maxListNodes) },
      ],
    };
  },
};
