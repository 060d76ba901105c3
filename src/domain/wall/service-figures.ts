// The per-service numbers of the morning check (DOMAIN.md §10): alerts in the last 24 h and 30 d,
// restarts, uptime, 4xx / 5xx — short enough for a tile read from across a room, most telling first.
// Restarts and 4xx / 5xx count the last 24 h; the wall says so once, above the tiles.
import type { HealthSnapshot } from '../telemetry/schemas';

export interface ServiceFigure {
  key: 'alerts24h' | 'restarts24h' | 'http5xx24h' | 'http4xx24h' | 'alerts30d' | 'uptime';
  label: string;
  value: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "4 d 2 h", "17 h", "3 h 05 min", "12 min": coarse on purpose, a wall has no use for seconds, and
 * past ten hours none for minutes (it keeps the figure short enough for a tile's column).
 */
export function coarseDuration(ms: number): string {
  if (ms >= DAY) {
    const d = Math.floor(ms / DAY);
    const h = Math.floor((ms % DAY) / HOUR);
    return h ? `${d} d ${h} h` : `${d} d`;
  }
  if (ms >= 10 * HOUR) return `${Math.floor(ms / HOUR)} h`;
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)} h ${String(Math.floor((ms % HOUR) / MINUTE)).padStart(2, '0')} min`;
  return `${Math.floor(Math.max(0, ms) / MINUTE)} min`;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "987", "9,876", "16.5k", "165k", "1.2M": four characters or so, whatever the traffic. */
export function compactCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n < 10_000) return grouped.format(n);
  if (n < 100_000) return `${oneDecimal.format(n / 1_000)}k`;
  if (n < 1_000_000) return `${grouped.format(n / 1_000)}k`;
  return `${oneDecimal.format(n / 1_000_000)}M`;
}

export function serviceFigures(s: HealthSnapshot | null, now: number): ServiceFigure[] {
  const count = (n: number | undefined) => (s && n !== undefined ? compactCount(n) : '—');
  return [
    { key: 'alerts24h', label: 'Alerts 24 h', value: count(s?.alerts24h) },
    { key: 'restarts24h', label: 'Restarts', value: count(s?.restarts24h) },
    { key: 'http5xx24h', label: '5xx', value: count(s?.http5xx24h) },
    { key: 'http4xx24h', label: '4xx', value: count(s?.http4xx24h) },
    { key: 'alerts30d', label: 'Alerts 30 d', value: count(s?.alerts30d) },
    { key: 'uptime', label: 'Up', value: s?.upSince ? coarseDuration(now - s.upSince) : '—' },
  ];
}
