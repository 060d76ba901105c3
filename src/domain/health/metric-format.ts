// How health figures read on screen and in text alternatives: "7.2 %", "0.23 %", "840 ms",
// "99.95 %". One place, so a tile, its reasons and its summary never disagree.

const trim = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
// One formatter, made once: toLocaleString builds a new one per call, which 500 tiles feel.
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Error rates: one decimal from 1 %, two below (0.23 %), so small rates do not read as 0. */
export function formatRate(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
  return `${trim(pct.toFixed(Math.abs(pct) >= 1 ? 1 : 2))} %`;
}

/** Availability: two decimals, because 99.95 % and 100 % are different promises. */
export function formatAvailability(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
  return `${trim(pct.toFixed(2))} %`;
}

/** Latency in whole milliseconds with thousands separators: "2,350 ms". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return `${whole.format(Math.round(ms))} ms`;
}

/** Counts with thousands separators: "12,400". */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return whole.format(Math.round(n));
}
