import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'happy-dom',
    setupFiles: ['src/testing/setup-unit.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    restoreMocks: true,
  },
});
