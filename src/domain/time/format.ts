// Times as people read them: relative ("12 min ago") on screens, absolute with UTC beside local
// in anything sent to others (DOMAIN.md §13).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 h 05 min", "45 s", "3 d 4 h" — a span of time, for ages, durations and countdowns. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.floor(abs / 1000)} s`;
  if (abs < HOUR) {
    const m = Math.floor(abs / MINUTE);
    const s = Math.floor((abs % MINUTE) / 1000);
    return m < 10 ? `${m} min ${String(s).padStart(2, '0')} s` : `${m} min`;
  }
  if (abs < DAY) {
    const h = Math.floor(abs / HOUR);
    const m = Math.floor((abs % HOUR) / MINUTE);
    return `${h} h ${String(m).padStart(2, '0')} min`;
  }
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** "just now", "12 min ago", "in 5 min". */
export function formatRelative(at: number, now: number): string {
  const diff = now - at;
  if (Math.abs(diff) < 30_000) return 'just now';
  const span = Math.abs(diff) < HOUR ? `${Math.round(Math.abs(diff) / MINUTE)} min` : formatDuration(diff);
  return diff > 0 ? `${span} ago` : `in ${span}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-11-23 14:05 UTC */
export function formatUtc(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** 2026-11-23 15:05 in the viewer's time zone. */
export function formatLocal(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** hh:mm local, for "data as of 14:05". */
export function formatClock(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
