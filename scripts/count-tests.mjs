// Prints one line, "N passed, N failed", counting unit (vitest) and end-to-end (Playwright)
// tests from their JSON reports. Stages that did not run (an earlier one failed) count as 0
// and are named, so a red run never reads as a small green one.
import { existsSync, readFileSync } from 'node:fs';

function vitest(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) };
}

function playwright(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (r.errors?.length ?? 0) };
}

const unit = vitest('reports/unit.json');
const e2e = playwright('reports/e2e.json');
const missing = [!unit && 'unit', !e2e && 'e2e'].filter(Boolean);
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
const failed = (unit?.failed ?? 0) + (e2e?.failed ?? 0);
if (missing.length) console.log(`(no report from: ${missing.join(', ')} — that stage did not run)`);
console.log(
  `unit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'not run'}; e2e: ${e2e ? `${e2e.passed} passed, ${e2e.failed} failed` : 'not run'}`,
);
console.log(`${passed} passed, ${failed} failed`);
