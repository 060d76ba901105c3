#!/usr/bin/env node
// npm run bench [-- --runs 7 --warmup 1 --only overview]
// Builds the app with the bench harness, serves it on a free loopback port, drives Chromium
// (same lookup as the e2e tests) through every scenario in bench/scenarios/, prints a table of
// min / median / max and writes the raw runs as JSON to bench/results/. Never part of npm test:
// these machines are noisy, so speed is reported, not asserted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { browserVersion, CHROMIUM_ARGS, findBrowser, HOW_TO_GET_ONE } from '../scripts/find-browser.mjs';
import { createContext } from './lib/context.mjs';
import { build, serve } from './lib/server.mjs';
import { table } from './lib/table.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    only: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});
const runs = Math.max(5, Number(args.runs));
const warmup = Math.max(1, Number(args.warmup));

const found = await findBrowser();
if (!found) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

const scenarioFiles = readdirSync(path.join(here, 'scenarios'))
  .filter((f) => f.endsWith('.mjs'))
  .sort();
const scenarios = [];
for (const file of scenarioFiles) {
  const { default: scenario } = await import(pathToFileURL(path.join(here, 'scenarios', file)).href);
  if (!args.only || file.includes(args.only) || scenario.name.includes(args.only)) scenarios.push({ file, ...scenario });
}

const git = (...a) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

if (!args['no-build']) build();
const server = await serve();
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
const log = (line) => console.log(line);
const ctx = createContext({ browser, baseURL: server.baseURL, runs, warmup, log });

const results = [];
try {
  for (const scenario of scenarios) {
    log(`\n▶ ${scenario.name} (${scenario.file}): ${warmup} warm-up, ${runs} runs`);
    const result = await scenario.run(ctx);
    results.push({ name: scenario.name, file: scenario.file, ...result });
  }
} finally {
  await browser.close();
  server.stop();
}

const meta = {
  commit: git('rev-parse', 'HEAD'),
  dirty: git('status', '--porcelain') !== '',
  date: new Date().toISOString(),
  node: process.version,
  chromium: browserVersion(found.path),
  browserPath: found.path,
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg() },
  runs,
  warmup,
  seed: 'watchfloor (demo simulator, fixed end 2026-11-23T08:00Z)',
};
console.log(`\n${table(results)}\n`);
console.log(
  `commit ${meta.commit.slice(0, 10)}${meta.dirty ? ' (uncommitted changes)' : ''} · ${meta.chromium} · Node ${meta.node} · ${meta.machine.cpus} CPUs, load ${meta.machine.load.map((l) => l.toFixed(1)).join(' ')}`,
);
const outDir = path.join(here, 'results');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `${meta.date.replace(/[:.]/g, '-')}-${meta.commit.slice(0, 8)}.json`);
writeFileSync(file, `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
console.log(`raw runs: ${path.relative(process.cwd(), file)}`);
