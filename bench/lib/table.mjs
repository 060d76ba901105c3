import { summarise, verdict } from './stats.mjs';

const number = (v) => (Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(2) : v.toFixed(1));
const fmt = (v, unit) => (unit === '×' ? `${v.toFixed(1)}×` : `${number(v)} ${unit}`.trimEnd());

/** One line per metric: name, min / median / max, runs, goal and verdict. */
export function table(results) {
  const rows = [['scenario', 'metric', 'min', 'median', 'max', 'runs', 'goal', '']];
  for (const r of results) {
    for (const m of r.metrics) {
      const s = summarise(m.runs);
      rows.push([r.name, m.name, fmt(s.min, m.unit), fmt(s.median, m.unit), fmt(s.max, m.unit), String(s.n), m.goal?.label ?? '', verdict(m)]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row) => row.map((cell, c) => (c >= 2 && c <= 5 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
