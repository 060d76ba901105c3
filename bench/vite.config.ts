// The bench build: the app plus a bench-only harness page (bench/harness/index.html) built from
// the same sources, into bench/dist. The harness mounts one panel with given data, so a scenario
// measures that panel and not the simulator or the network.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
// Without an extension: tsc refuses `.ts` imports; Vite warns about it and loads it anyway.
import base from '../vite.config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * In this build only, the shared clock's counters are readable from the page as
 * `window.__watchfloorStats.clockStats()` (the clock scenario), so the app's production code
 * carries no hook. Appended after TypeScript is stripped (a normal-order plugin).
 */
function exposeClockStats(): Plugin {
  return {
    name: 'bench-expose-clock-stats',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/state/clock.ts')) return null;
      return { code: `${code}\nwindow.__watchfloorStats = { clockStats };\n`, map: null };
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    root,
    plugins: [exposeClockStats()],
    build: {
      outDir: 'bench/dist',
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          app: fileURLToPath(new URL('../index.html', import.meta.url)),
          harness: fileURLToPath(new URL('./harness/index.html', import.meta.url)),
        },
      },
    },
  }),
);
