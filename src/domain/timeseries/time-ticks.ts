// Readable time-axis ticks: round steps (5 min, 1 h, 6 h, 1 d …) that give a handful of labels
// across any range from an hour to a month.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const STEPS = [MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY];

/** Tick times in [from, to], on multiples of the smallest round step giving at most `maxTicks`. */
export function timeTicks(from: number, to: number, maxTicks = 8, offsetMs = 0): number[] {
  if (!(to > from) || maxTicks < 1) return [];
  const step = STEPS.find((s) => (to - from) / s <= maxTicks) ?? Math.ceil((to - from) / maxTicks / DAY) * DAY;
  const ticks: number[] = [];
  // Align to the viewer's clock (offsetMs = local − UTC) so hours and midnights fall on ticks.
  for (let t = Math.ceil((from + offsetMs) / step) * step - offsetMs; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** The step the ticks use, for choosing a label format. */
export function tickStep(ticks: readonly number[]): number {
  return ticks.length > 1 ? (ticks[1] as number) - (ticks[0] as number) : HOUR;
}
