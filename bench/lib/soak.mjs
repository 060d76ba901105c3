// Helpers for soak scenarios (long runs in compressed time): memory readings after forced GC,
// letting the page finish what a clock step started, and checking the page kept up.

/** Retained JS heap after forced GC, DOM nodes and event listeners (BENCHMARKS.md "Memory"). */
export async function wallReading(cdp) {
  // Twice: the first collection can leave finalisation work that frees more on the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapBytes: get('JSHeapUsedSize'), totalHeapBytes: get('JSHeapTotalSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
}

/**
 * Lets the page run what the last clock step queued outside the fake timers (IndexedDB callbacks,
 * message-channel tasks, promise chains of a fetch): two real macrotask turns.
 */
export async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        let turns = 0;
        channel.port1.onmessage = () => (++turns < 2 ? channel.port2.postMessage(0) : (channel.port1.close(), resolve()));
        channel.port2.postMessage(0);
      }),
  );
}

/** Fails the soak if the page stopped refreshing (a reading of a frozen page would prove nothing). */
export async function assertFresh(page, label) {
  const age = page.locator('[data-testid="wall-data-age"]');
  const state = await age.getAttribute('data-state');
  if (state !== 'fresh') throw new Error(`at the ${label} reading the wall's data is "${state}": ${await age.textContent()}`);
}
