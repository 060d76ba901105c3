// What every scenario gets: the browser, the server, the repeat counts, and helpers to open the
// harness page and to seed IndexedDB with generated data before the app reads it.
export function createContext({ browser, baseURL, runs, warmup, log }) {
  return {
    browser,
    baseURL,
    runs,
    warmup,
    log,
    /** A fresh browser context (its own, empty IndexedDB) at 1280×720. */
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
      const page = await context.newPage();
      page.on('pageerror', (e) => log(`  page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && log(`  console error: ${m.text()}`));
      return page;
    },
    /** Opens the bench harness and waits until its API is there. */
    async openHarness(page) {
      await page.goto(`${baseURL}/bench/harness/index.html`);
      await page.waitForFunction(() => document.body.dataset.ready === '1');
    },
    /**
     * Seeds this page's origin's IndexedDB: `tables` as in a Watchfloor backup
     * ({ events: [...], settings: [...], services: [...] }), validated and written in one
     * transaction by the app's own import. Use before mounting what reads them.
     */
    async seedIndexedDb(page, tables, schemaVersion = 1) {
      const backup = JSON.stringify({ format: 'watchfloor-backup', schemaVersion, exportedAt: Date.now(), tables });
      const result = await page.evaluate((json) => window.watchfloorBench.importBackup(json), backup);
      if (!result.ok) throw new Error(`seeding IndexedDB failed: ${result.errors.join('; ')}`);
      return result;
    },
  };
}
