// Everything a team tunes without code (DOMAIN.md: "every threshold, timeout and template is
// editable in Settings ... and the defaults are restored by Reset to defaults").
import * as z from 'zod/mini';
import { between, intBetween, text } from '../schema-kit';
import { DEFAULT_SEVERITY_TABLE, SEVERITIES } from '../severity/levels';
import { DEFAULT_THRESHOLDS, thresholdsSchema } from '../health/thresholds';

const clocksSchema = z.object({
  ackMinutes: intBetween(1, 7 * 24 * 60),
  updateMinutes: z.nullable(intBetween(1, 7 * 24 * 60)),
});

export const demoFaultsSchema = z.object({
  latencyMs: intBetween(0, 60_000),
  errorRate: between(0, 1),
  malformedRate: between(0, 1),
  outage: z.boolean(),
});

/** The wall display (DOMAIN.md §10, §13): what it shows, how it rotates, when it reloads itself. */
export const wallSettingsSchema = z.object({
  /** 0: every panel on one screen; otherwise turn pages every this many seconds. */
  rotateSeconds: z.int().check(
    z.minimum(0),
    z.maximum(3600),
    z.refine((v) => v === 0 || v >= 10, 'rotate every 10 s or more, or 0 to show every panel together'),
  ),
  /** The night whose alerts the wall lists, in local hours. */
  nightStartHour: intBetween(0, 23),
  nightEndHour: intBetween(0, 23),
  panels: z.object({ services: z.boolean(), incidents: z.boolean(), alerts: z.boolean() }),
  /** The wall reloads itself when its JS heap stays above this… */
  heapBudgetMb: intBetween(64, 16_384),
  /** …but not more often than this. */
  reloadMinHours: between(1, 7 * 24),
});

export const settingsSchema = z.object({
  userName: text(100),
  /** How often live data is fetched. */
  refreshSeconds: intBetween(5, 600),
  /** Data older than this is shown as stale. */
  staleAfterSeconds: intBetween(10, 24 * 3600),
  monitoringHours: between(0, 30 * 24),
  severity: z.object(Object.fromEntries(SEVERITIES.map((s) => [s, clocksSchema])) as Record<(typeof SEVERITIES)[number], typeof clocksSchema>),
  thresholds: thresholdsSchema,
  demo: z.object({
    enabled: z.boolean(),
    seed: z.string().check(z.minLength(1), z.maxLength(100)),
    serviceCount: intBetween(1, 1000),
    faults: demoFaultsSchema,
  }),
  wall: wallSettingsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  userName: '',
  refreshSeconds: 15,
  staleAfterSeconds: 90,
  monitoringHours: 24,
  severity: DEFAULT_SEVERITY_TABLE,
  thresholds: DEFAULT_THRESHOLDS,
  demo: {
    enabled: true,
    seed: 'watchfloor',
    serviceCount: 12,
    faults: { latencyMs: 0, errorRate: 0, malformedRate: 0, outage: false },
  },
  wall: {
    rotateSeconds: 0,
    nightStartHour: 18,
    nightEndHour: 8,
    panels: { services: true, incidents: true, alerts: true },
    heapBudgetMb: 512,
    reloadMinHours: 6,
  },
};

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep-merges stored values over defaults, so settings saved by an older version gain new keys. */
export function mergeSettings(base: Plain, patch: unknown): Plain {
  if (!isPlain(patch)) return base;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isPlain(value) && isPlain(base[key]) ? mergeSettings(base[key], value) : value;
  }
  return out;
}

export type SettingsResult = { settings: Settings; problems: string[] };

/** Stored settings, validated; anything invalid falls back to its default and is reported. */
export function readSettings(stored: unknown): SettingsResult {
  const merged = mergeSettings(DEFAULT_SETTINGS as unknown as Plain, stored);
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return { settings: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
  // Put each invalid value back to its default, keep the rest.
  let repaired: Plain = merged;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    repaired = setAtPath(repaired, path, getAtPath(DEFAULT_SETTINGS, path));
  }
  const second = settingsSchema.safeParse(repaired);
  return { settings: second.success ? second.data : DEFAULT_SETTINGS, problems };
}

function getAtPath(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (isPlain(v) ? v[key] : undefined), obj);
}

function setAtPath(obj: Plain, path: string[], value: unknown): Plain {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const child = isPlain(obj[head]) ? (obj[head] as Plain) : {};
  return { ...obj, [head]: rest.length === 0 ? value : setAtPath(child, rest, value) };
}
