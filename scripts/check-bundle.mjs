// Budget for `/` (issue 2): the JavaScript the browser loads for the overview — the entry chunk,
// its static imports, and the overview route module with its static imports — must stay at or
// under 170 KB gzip, and mermaid must never be in it. Reads Vite's manifest, so it follows
// exactly what the build emitted. Exits 1 past the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const BUDGET_KB = 170;
const ROUTE_FOR_ROOT = 'src/app/routes/overview.tsx';

export function closure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

export function measure(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const keys = new Set([...closure(manifest, 'index.html'), ...closure(manifest, ROUTE_FOR_ROOT)]);
  const files = [...new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')))];
  const rows = files.map((file) => {
    const content = readFileSync(path.join(distDir, file));
    return { file, gzipBytes: gzipSync(content).length, hasMermaid: /mermaid/i.test(file) || content.includes('stateDiagram') };
  });
  // kB = 1000 bytes, as Vite reports sizes (the stricter reading of the budget).
  const totalKb = rows.reduce((s, r) => s + r.gzipBytes, 0) / 1000;
  return { rows, totalKb };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rows, totalKb } = measure();
  for (const r of rows.sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  ${(r.gzipBytes / 1000).toFixed(1).padStart(7)} KB  ${r.file}`);
  console.log(`JavaScript for "/": ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
  const mermaid = rows.filter((r) => r.hasMermaid);
  if (mermaid.length) {
    console.error(`Bundle check failed: mermaid is in what "/" loads (${mermaid.map((r) => r.file).join(', ')}).`);
    process.exit(1);
  }
  if (totalKb > BUDGET_KB) {
    console.error(`Bundle check failed: "/" loads ${totalKb.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget.`);
    process.exit(1);
  }
}
