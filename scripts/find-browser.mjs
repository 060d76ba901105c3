// Finds a Chromium-family browser for Playwright (e2e tests and benchmarks), in this order:
// an explicit env var, a system Chromium/Chrome, then Playwright's own download. Playwright's
// download is unreachable on some machines (closed network), so a system browser comes first.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_ONE = [
  'No Chromium or Chrome was found for the end-to-end tests.',
  'Get one of these, then run the command again:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium',
  '  - anywhere with internet: npx playwright install chromium',
  '  - or point CHROMIUM_PATH at a Chromium/Chrome binary.',
].join('\n');

async function playwrightOwnBrowser() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** @returns {Promise<{ path: string, source: string } | null>} */
export async function findBrowser(env = process.env) {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (value && existsSync(value)) return { path: value, source: name };
  }
  for (const path of SYSTEM_PATHS) {
    if (existsSync(path)) return { path, source: 'system' };
  }
  const own = await playwrightOwnBrowser();
  return own ? { path: own, source: 'playwright' } : null;
}

// Flags that let Chromium run headless as root on a closed network without dialling out.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

export function browserVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = await findBrowser();
  if (!found) {
    console.error(HOW_TO_GET_ONE);
    process.exit(1);
  }
  console.log(found.path);
}
