// The bench build: the app plus a bench-only harness page (bench/harness/index.html) built from
// the same sources, into bench/dist. The harness mounts one panel with given data, so a scenario
// measures that panel and not the simulator or the network.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
// Without an extension: tsc refuses `.ts` imports; Vite warns about it and loads it anyway.
import base from '../vite.config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default mergeConfig(
  base,
  defineConfig({
    root,
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
