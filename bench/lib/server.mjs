// Builds the app with the bench harness and serves it on a free loopback port (vite preview).
import { spawn, execFileSync } from 'node:child_process';
import net from 'node:net';

// The bench config imports the app's config without an extension (tsc needs that); Vite's
// native loader notice about it is noise here.
const QUIET = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function build() {
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: QUIET });
}

async function waitForHttp(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

/** Starts `vite preview` for bench/dist; returns its URL and a stop() that ends that one process. */
export async function serve() {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--config', 'bench/vite.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: QUIET,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHttp(baseURL);
  return {
    baseURL,
    stop() {
      // Its own process group only: npx and the vite it started.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
