// Measuring instruments put into the real app's pages before any of its scripts run
// (`page.addInitScript`), so the production build itself carries nothing for benchmarks.
// In the page they live on `window.__benchProbe`:
// - `longTasks`: every main-thread task over 50 ms (PerformanceObserver `longtask`);
// - `until(check)`: resolves with `performance.now()` once `check()` holds (checked on every DOM
//   change and every frame) plus two animation frames, so style, layout and paint are included;
// - `seen[name]` (option `watch: { name: selector }`): when each selector first matched after
//   navigation, plus two frames (performance.now(), i.e. ms since navigation start);
// - `after(type, check)`: the same, timed from the next `type` event (e.g. `input`, `change`,
//   `wheel`) anywhere in the document: "time to screen" of a user's action;
// - `frames.start()` / `frames.stop()`: every animation frame's interval while recording;
// - `mutations(selector)`: DOM mutations inside an element, counted while recording;
// - `workerReplies` (option `workers`): every message a Web Worker posts back, with its arrival time;
// - `commits` (option `reactCommits`): React commits and the components that rendered in them,
//   read through the DevTools hook that production React reports to (no profiling build needed).

function probe(options) {
  const P = { longTasks: [], workerReplies: [] };
  window.__benchProbe = P;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the count stays empty
  }

  const frames = (n) =>
    new Promise((resolve) => {
      const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    });

  P.until = (check, timeoutMs = 300_000) =>
    new Promise((resolve, reject) => {
      let done = false;
      let observer = null;
      const finish = () => {
        if (done) return;
        let ok = false;
        try {
          ok = Boolean(check());
        } catch {
          ok = false;
        }
        if (!ok) return;
        done = true;
        observer?.disconnect();
        clearTimeout(timer);
        frames(2).then(() => resolve(performance.now()));
      };
      const timer = setTimeout(() => {
        done = true;
        observer?.disconnect();
        reject(new Error('timed out waiting for the page'));
      }, timeoutMs);
      const poll = () => {
        finish();
        if (!done) requestAnimationFrame(poll);
      };
      const watch = () => {
        observer = new MutationObserver(finish);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        poll();
      };
      if (document.documentElement) watch();
      else document.addEventListener('DOMContentLoaded', watch, { once: true });
    });

  // First appearance of each watched selector since navigation (performance.now() after two frames).
  P.seen = {};
  const watched = Object.entries(options.watch ?? {});
  if (watched.length) {
    const pending = new Map(watched);
    const look = () => {
      for (const [name, selector] of pending) {
        if (!document.querySelector(selector)) continue;
        pending.delete(name);
        frames(2).then(() => (P.seen[name] = performance.now()));
      }
      if (pending.size === 0) observer.disconnect();
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { subtree: true, childList: true });
  }

  P.after = (type, check) =>
    new Promise((resolve, reject) => {
      document.addEventListener(
        type,
        () => {
          const start = performance.now();
          P.until(check).then((end) => resolve(end - start), reject);
        },
        { capture: true, once: true },
      );
    });

  P.frames = {
    intervals: [],
    recording: false,
    start() {
      this.intervals = [];
      this.recording = true;
      let last = null;
      const tick = (t) => {
        if (!this.recording) return;
        if (last !== null) this.intervals.push(t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stop() {
      this.recording = false;
      return this.intervals;
    },
  };

  P.mutations = (selector) => {
    const target = document.querySelector(selector);
    if (!target) throw new Error(`no element ${selector}`);
    const counts = { records: 0, addedNodes: 0, removedNodes: 0, text: 0, attributes: 0 };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        counts.records++;
        counts.addedNodes += r.addedNodes.length;
        counts.removedNodes += r.removedNodes.length;
        if (r.type === 'characterData') counts.text++;
        if (r.type === 'attributes') counts.attributes++;
      }
    });
    observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    return {
      counts,
      stop() {
        observer.takeRecords();
        observer.disconnect();
        return counts;
      },
    };
  };

  if (options.workers) {
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => P.workerReplies.push({ at: performance.now(), data: event.data }));
      }
    };
  }

  if (options.reactCommits) {
    // The DevTools hook: production React calls onCommitFiberRoot after every commit. A
    // component rendered in a commit when it is new or carries React's PerformedWork flag;
    // a subtree whose child pointer did not change bailed out and is skipped (as DevTools does).
    const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
    const PERFORMED_WORK = 1;
    const commits = { count: 0, renders: 0, mounts: 0, insideRenders: 0, insideMounts: 0, inside: null, recording: false };
    P.commits = commits;
    const hostOf = (fiber) => {
      let f = fiber;
      while (f && f.tag !== 5) f = f.child;
      return f ? f.stateNode : null;
    };
    const visit = (next, prev) => {
      if (COMPONENT_TAGS.has(next.tag)) {
        const mounted = prev === null;
        if (mounted || (next.flags & PERFORMED_WORK) === PERFORMED_WORK) {
          const inside = commits.inside ? commits.inside.contains(hostOf(next)) : false;
          if (mounted) {
            commits.mounts++;
            if (inside) commits.insideMounts++;
          } else {
            commits.renders++;
            if (inside) commits.insideRenders++;
          }
        }
      }
      if (prev !== null && next.child === prev.child) return;
      for (let c = next.child; c; c = c.sibling) visit(c, c.alternate && prev !== null ? c.alternate : null);
    };
    let id = 0;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer) {
        id++;
        this.renderers.set(id, renderer);
        return id;
      },
      onCommitFiberRoot(_id, root) {
        if (!commits.recording) return;
        commits.count++;
        const current = root.current;
        visit(current, current.alternate);
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      setStrictMode() {},
      checkDCE() {},
    };
  }
}

/** Puts the probes into every page this page's context opens from now on. */
export async function installProbes(page, options = {}) {
  await page.addInitScript(probe, options);
}

/** Long tasks in the page since `since` (performance.now() ms): count and the longest. */
export async function longTasksSince(page, since = 0) {
  return page.evaluate((t) => {
    const tasks = window.__benchProbe.longTasks.filter((e) => e.start >= t);
    return { count: tasks.length, longestMs: tasks.reduce((m, e) => Math.max(m, e.ms), 0), totalMs: tasks.reduce((s, e) => s + e.ms, 0) };
  }, since);
}

/** Summary of animation-frame intervals: frames, median, 95th percentile, longest, and frames over 50 ms. */
export function frameSummary(intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : 0);
  return {
    frames: sorted.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    longestMs: sorted.at(-1) ?? 0,
    over50ms: sorted.filter((v) => v > 50).length,
  };
}

/**
 * Opens `path` of the app in `page` and waits until the app stops writing events (the stored
 * count unchanged for `quietMs`, read from a harness page in the same context). After importing a
 * history with open incidents, the first visit's escalation watcher writes every escalation
 * already due; this lets that backlog drain on a light page before anything is measured.
 * Returns how long it took and how many events were written.
 */
export async function drainWrites(ctx, page, path = '/settings', quietMs = 8_000, timeoutMs = 900_000) {
  const harness = await page.context().newPage();
  await ctx.openHarness(harness);
  const count = () => harness.evaluate(() => window.watchfloorBench.history.eventCount());
  const before = await count();
  const start = Date.now();
  await page.goto(`${ctx.baseURL}${path}`);
  let last = before;
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - start > timeoutMs) throw new Error('the app kept writing events');
    await harness.waitForTimeout(1_000);
    const now = await count();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
  await harness.close();
  return { written: last - before, ms: quietSince - start };
}
