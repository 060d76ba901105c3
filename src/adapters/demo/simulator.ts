// The demo world: every number is a pure function of (seed, service, time), so the same seed and
// the same moment give the same figures in every tab, on the wall display and in tests.
import { gaussFrom, hash32, seedFromString, unitFrom } from '@/domain/random/seeded';
import type { Alert, Deploy, ErrorGroup, HealthSnapshot, Restart, ServiceSeries } from '@/domain/telemetry/schemas';
import { demoCatalogue, type DemoService } from './catalogue';
import {
  CHECKOUT_BAD_DEPLOY_MS,
  CHECKOUT_FIX_DEPLOY_MS,
  CHECKOUT_ROLLBACK_MS,
  CYCLE_MS,
  HOUR,
  MINUTE,
  cycleIndex,
  leakRestartOffsets,
  scenarioEffect,
  scenarioOccurrences,
  type ScenarioOccurrence,
} from './scenarios';

const DAY = 24 * HOUR;
const SALT = {
  rpm: 1,
  p4xx: 2,
  p5xx: 3,
  p95: 4,
  deploy: 5,
  deployMinute: 6,
  alert: 7,
  alertKind: 8,
  alertStart: 9,
  alertLength: 10,
  restart: 11,
  restartHour: 12,
  users: 13,
};
const DEPLOY_HOURS = [10, 14, 16];

export interface DemoWorld {
  seed: number;
  services: DemoService[];
  byId: Map<string, DemoService>;
}

export function createWorld(seed: string, serviceCount?: number): DemoWorld {
  const services = demoCatalogue(serviceCount);
  return { seed: seedFromString(seed), services, byId: new Map(services.map((s) => [s.id, s])) };
}

/** Share of the daily peak, UTC: quiet at night, busiest mid-afternoon (0.3 … 1). */
export function dailyShape(t: number): number {
  const hour = (t % DAY) / HOUR;
  const wave = 0.5 - 0.5 * Math.cos((2 * Math.PI * (hour - 4)) / 24);
  return 0.3 + 0.7 * wave ** 1.3;
}

interface Bucket {
  requests: number;
  e4xx: number;
  e5xx: number;
  /** The part of e5xx that a scenario adds (its error group is the scenario's own). */
  e5xxScenario: number;
  p95: number;
  up: number;
}

/** One bucket [start, start + stepMs): sub-sampled so short scenario bursts are not missed. */
function bucket(world: DemoWorld, svc: DemoService, start: number, stepMs: number): Bucket {
  const stepMin = Math.max(1, Math.round(stepMs / MINUTE));
  const idx = Math.floor(start / stepMs);
  const key = [world.seed, svc.index, stepMin, idx];
  const subs = Math.min(12, stepMin);
  const subMs = stepMs / subs;
  let requests = 0;
  let e4xx = 0;
  let e5xxBase = 0;
  let e5xxScenario = 0;
  let p95Weighted = 0;
  let up = 0;
  const n = {
    rpm: gaussFrom(...key, SALT.rpm),
    p4xx: gaussFrom(...key, SALT.p4xx),
    p5xx: gaussFrom(...key, SALT.p5xx),
    p95: gaussFrom(...key, SALT.p95),
  };
  for (let i = 0; i < subs; i++) {
    const t = start + (i + 0.5) * subMs;
    const traffic = dailyShape(t);
    const effect = scenarioEffect(svc.id, t);
    const req = svc.baseRpm * (subMs / MINUTE) * traffic * (1 + 0.06 * n.rpm) * (0.4 + 0.6 * effect.availability);
    const pct4xx = Math.max(0, svc.base4xxPct * (1 + 0.15 * n.p4xx) + effect.add4xxPct);
    const pct5xxBase = Math.max(0, svc.base5xxPct * (1 + 0.25 * n.p5xx));
    const p95 = svc.baseP95Ms * (0.85 + 0.3 * traffic) * (1 + 0.05 * n.p95) * effect.latencyFactor + effect.latencyAddMs;
    requests += req;
    e4xx += (req * pct4xx) / 100;
    e5xxBase += (req * pct5xxBase) / 100;
    e5xxScenario += (req * effect.add5xxPct) / 100;
    p95Weighted += p95 * req;
    up += effect.availability;
  }
  return {
    requests,
    e4xx,
    e5xx: e5xxBase + e5xxScenario,
    e5xxScenario,
    p95: requests > 0 ? p95Weighted / requests : svc.baseP95Ms,
    up: up / subs,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function series(world: DemoWorld, serviceId: string, from: number, to: number, stepMs: number): ServiceSeries {
  const svc = requireService(world, serviceId);
  const start = Math.floor(from / stepMs) * stepMs;
  const count = Math.max(0, Math.ceil((to - start) / stepMs));
  const out: ServiceSeries = { serviceId, start, stepMs, requests: [], errors4xx: [], errors5xx: [], p95Ms: [] };
  for (let i = 0; i < count; i++) {
    const b = bucket(world, svc, start + i * stepMs, stepMs);
    out.requests.push(Math.round(b.requests));
    out.errors4xx.push(Math.round(b.e4xx));
    out.errors5xx.push(Math.round(b.e5xx));
    out.p95Ms.push(round1(b.p95));
  }
  return out;
}

function requireService(world: DemoWorld, serviceId: string): DemoService {
  const svc = world.byId.get(serviceId);
  if (!svc) throw new Error(`unknown demo service: ${serviceId}`);
  return svc;
}

// ── Deploys ───────────────────────────────────────────────────────────────────────────────

/** Checkout deploys on the scenario's script; every other service on a few daily slots. */
export function deploys(world: DemoWorld, from: number, to: number, serviceId?: string): Deploy[] {
  const out: Deploy[] = [];
  const services = serviceId ? [requireService(world, serviceId)] : world.services;
  for (const svc of services) {
    if (svc.id === 'checkout') {
      for (let c = cycleIndex(from) - 1; c <= cycleIndex(to); c++) {
        const base = c * CYCLE_MS;
        const major = svc.major;
        out.push(
          { serviceId: svc.id, at: base + CHECKOUT_BAD_DEPLOY_MS, version: `${major}.${c % 10_000}.0`, kind: 'deploy' },
          { serviceId: svc.id, at: base + CHECKOUT_ROLLBACK_MS, version: `${major}.${(c - 1) % 10_000}.1`, kind: 'rollback' },
          { serviceId: svc.id, at: base + CHECKOUT_FIX_DEPLOY_MS, version: `${major}.${c % 10_000}.1`, kind: 'deploy' },
        );
      }
      continue;
    }
    for (let day = Math.floor(from / DAY); day <= Math.floor(to / DAY); day++) {
      DEPLOY_HOURS.forEach((hour, slot) => {
        if (unitFrom(world.seed, svc.index, SALT.deploy, day, slot) >= 0.25) return;
        const minute = Math.floor(unitFrom(world.seed, svc.index, SALT.deployMinute, day, slot) * 40);
        out.push({ serviceId: svc.id, at: day * DAY + hour * HOUR + minute * MINUTE, version: `${svc.major}.${day % 1000}.${slot}`, kind: 'deploy' });
      });
    }
  }
  return out.filter((d) => d.at >= from && d.at < to).sort((a, b) => a.at - b.at);
}

/** The version running at `t`: the latest deploy before it (searching back up to 30 days). */
export function versionAt(world: DemoWorld, serviceId: string, t: number): string | null {
  const past = deploys(world, t - 30 * DAY, t + 1, serviceId);
  return past.at(-1)?.version ?? null;
}

// ── Restarts ──────────────────────────────────────────────────────────────────────────────

export function restarts(world: DemoWorld, from: number, to: number, serviceId?: string): Restart[] {
  const out: Restart[] = [];
  const services = serviceId ? [requireService(world, serviceId)] : world.services;
  for (const svc of services) {
    if (svc.id === 'search') {
      for (let c = cycleIndex(from); c <= cycleIndex(to); c++) {
        for (const offset of leakRestartOffsets()) out.push({ serviceId: svc.id, at: c * CYCLE_MS + offset, reason: 'OOMKilled' });
      }
    }
    for (let day = Math.floor(from / DAY); day <= Math.floor(to / DAY); day++) {
      if (unitFrom(world.seed, svc.index, SALT.restart, day) >= 0.12) continue;
      const at = day * DAY + Math.floor(unitFrom(world.seed, svc.index, SALT.restartHour, day) * DAY);
      out.push({ serviceId: svc.id, at, reason: 'liveness probe failed' });
    }
  }
  return out.filter((r) => r.at >= from && r.at < to).sort((a, b) => a.at - b.at);
}

// ── Alerts ────────────────────────────────────────────────────────────────────────────────

const NOISE_ALERTS = [
  { name: 'HighLatencyP95', message: 'p95 latency above 800 ms for 5 min', severity: 'warning' },
  { name: 'Elevated4xxRate', message: '4xx rate above 5 % for 10 min', severity: 'warning' },
  { name: 'DiskUsageHigh', message: 'disk usage above 85 % on one node', severity: 'info' },
  { name: 'CertificateExpirySoon', message: 'TLS certificate expires in under 14 days', severity: 'info' },
] as const;

function scenarioAlerts(o: ScenarioOccurrence): Alert[] {
  const id = (name: string) => `${o.def.id}:${o.cycle}:${name}`;
  const at = (offsetMin: number) => o.start + offsetMin * MINUTE;
  switch (o.def.id) {
    case 'pool-exhaustion':
      return [
        {
          id: id('5xx'),
          serviceId: o.def.serviceId,
          name: 'CheckoutHigh5xxRate',
          message: '5xx rate above 5 % for 3 min',
          severity: 'critical',
          startsAt: at(3),
          endsAt: o.end + 2 * MINUTE,
        },
        {
          id: id('latency'),
          serviceId: o.def.serviceId,
          name: 'CheckoutLatencyP95High',
          message: 'p95 latency above 2 s',
          severity: 'warning',
          startsAt: at(6),
          endsAt: o.end,
        },
      ];
    case 'slow-dependency':
      return [
        {
          id: id('latency'),
          serviceId: o.def.serviceId,
          name: 'PaymentsLatencyP95High',
          message: 'p95 latency above 2 s for 5 min',
          severity: 'warning',
          startsAt: at(6),
          endsAt: o.end + 2 * MINUTE,
        },
        {
          id: id('timeouts'),
          serviceId: o.def.serviceId,
          name: 'PaymentsUpstreamTimeouts',
          message: 'card-network calls timing out',
          severity: 'critical',
          startsAt: at(15),
          endsAt: o.end - 2 * MINUTE,
        },
      ];
    case 'memory-leak':
      return [
        {
          id: id('memory'),
          serviceId: o.def.serviceId,
          name: 'SearchMemoryHigh',
          message: 'heap above 90 % of limit',
          severity: 'warning',
          startsAt: at(8),
          endsAt: o.end,
        },
        ...leakRestartOffsets().map((offset, i) => ({
          id: id(`restart-${i}`),
          serviceId: o.def.serviceId,
          name: 'SearchPodRestarting',
          message: 'pod restarted: OOMKilled',
          severity: 'critical' as const,
          startsAt: o.start - o.def.startMs + offset,
          endsAt: o.start - o.def.startMs + offset + 5 * MINUTE,
        })),
      ];
  }
}

/** Alerts that were firing at some point in [from, to), newest first. */
export function alerts(world: DemoWorld, from: number, to: number, serviceId?: string): Alert[] {
  const out: Alert[] = [];
  const services = serviceId ? [requireService(world, serviceId)] : world.services;
  const wanted = new Set(services.map((s) => s.id));
  for (const o of scenarioOccurrences(from - HOUR, to)) {
    if (wanted.has(o.def.serviceId) && world.byId.has(o.def.serviceId)) out.push(...scenarioAlerts(o));
  }
  for (const svc of services) {
    for (let hour = Math.floor(from / HOUR) - 1; hour <= Math.floor(to / HOUR); hour++) {
      if (unitFrom(world.seed, svc.index, SALT.alert, hour) >= 0.06) continue;
      const kind = NOISE_ALERTS[Math.floor(unitFrom(world.seed, svc.index, SALT.alertKind, hour) * NOISE_ALERTS.length)] ?? NOISE_ALERTS[0];
      const startsAt = hour * HOUR + Math.floor(unitFrom(world.seed, svc.index, SALT.alertStart, hour) * 50) * MINUTE;
      const endsAt = startsAt + (5 + Math.floor(unitFrom(world.seed, svc.index, SALT.alertLength, hour) * 25)) * MINUTE;
      out.push({
        id: `noise:${svc.id}:${hour}`,
        serviceId: svc.id,
        name: kind.name,
        message: kind.message,
        severity: kind.severity,
        startsAt,
        endsAt,
      });
    }
  }
  return out
    .filter((a) => a.startsAt < to && (a.endsAt === null || a.endsAt > from))
    .map((a) => (a.endsAt !== null && a.endsAt > to ? { ...a, endsAt: null } : a))
    .sort((a, b) => b.startsAt - a.startsAt);
}

// ── Error groups ──────────────────────────────────────────────────────────────────────────

const BASE_ERRORS = [
  { type: 'ValidationError', message: 'request body failed validation: "email" is not a valid address', of: '4xx', share: 0.6 },
  { type: 'NotFoundError', message: 'resource not found', of: '4xx', share: 0.4 },
  { type: 'TimeoutError', message: 'downstream call timed out after 3000 ms', of: '5xx', share: 0.55 },
  { type: 'InternalError', message: 'unexpected nil value in request handler', of: '5xx', share: 0.45 },
] as const;

const SCENARIO_ERRORS: Record<string, { type: string; message: string }> = {
  'pool-exhaustion': {
    type: 'PoolTimeoutError',
    message: 'timed out after 5000 ms acquiring a connection from pool "orders-db" (size 20, in use 20)',
  },
  'slow-dependency': { type: 'UpstreamTimeoutError', message: 'card-network authorise call did not answer within 5000 ms' },
  'memory-leak': { type: 'OutOfMemoryError', message: 'Java heap space' },
};

const hex8 = (n: number) => n.toString(16).padStart(8, '0');
const textHash = (s: string) => seedFromString(s);

/** Error groups seen in [from, to) for one service, largest first. */
export function errorGroups(world: DemoWorld, serviceId: string, from: number, to: number): ErrorGroup[] {
  const svc = requireService(world, serviceId);
  const stepMs = Math.max(MINUTE, Math.ceil((to - from) / 96 / MINUTE) * MINUTE);
  let e4xx = 0;
  let e5xxBase = 0;
  const scenario5xx = new Map<number, number>();
  for (let t = Math.floor(from / stepMs) * stepMs; t < to; t += stepMs) {
    const b = bucket(world, svc, t, stepMs);
    e4xx += b.e4xx;
    e5xxBase += b.e5xx - b.e5xxScenario;
    if (b.e5xxScenario > 0) scenario5xx.set(cycleIndex(t), (scenario5xx.get(cycleIndex(t)) ?? 0) + b.e5xxScenario);
  }
  const version = versionAt(world, serviceId, to) ?? `${svc.major}.0.0`;
  const users = (count: number, key: number) => Math.round(count * (0.3 + 0.5 * unitFrom(world.seed, svc.index, SALT.users, key)));
  const groups: ErrorGroup[] = BASE_ERRORS.map((e, i) => {
    const count = Math.round((e.of === '4xx' ? e4xx : e5xxBase) * e.share);
    const fingerprint = hex8(hash32(svc.index, textHash(e.type), textHash(e.message)));
    return {
      fingerprint,
      serviceId,
      type: e.type,
      message: e.message,
      count,
      users: users(count, i),
      // Long-known errors: first seen weeks before the window.
      firstSeen: from - (20 + (hash32(svc.index, i) % 40)) * DAY,
      lastSeen: to,
      versions: [version],
    };
  });
  for (const o of scenarioOccurrences(from, to)) {
    if (o.def.serviceId !== serviceId) continue;
    const count = Math.round(scenario5xx.get(o.cycle) ?? 0);
    if (count === 0) continue;
    const e = SCENARIO_ERRORS[o.def.id] as { type: string; message: string };
    // The failing code path belongs to the cycle's build, so each occurrence is a new fingerprint.
    const scenarioVersion = o.def.id === 'pool-exhaustion' ? `${svc.major}.${o.cycle % 10_000}.0` : (versionAt(world, serviceId, o.start) ?? version);
    groups.push({
      fingerprint: hex8(hash32(svc.index, textHash(e.type), textHash(e.message), textHash(scenarioVersion))),
      serviceId,
      type: e.type,
      message: e.message,
      count,
      users: users(count, 100 + o.cycle),
      firstSeen: Math.max(o.start, from),
      lastSeen: Math.min(o.end, to),
      versions: [scenarioVersion],
    });
  }
  return groups.filter((g) => g.count > 0).sort((a, b) => b.count - a.count);
}

// ── Health snapshot ───────────────────────────────────────────────────────────────────────

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function healthSnapshot(world: DemoWorld, serviceId: string, now: number): HealthSnapshot {
  const svc = requireService(world, serviceId);
  const minuteNow = Math.floor(now / MINUTE) * MINUTE;
  const recent = Array.from({ length: 5 }, (_, i) => bucket(world, svc, minuteNow - (5 - i) * MINUTE, MINUTE));
  const quarter = Array.from({ length: 15 }, (_, i) => bucket(world, svc, minuteNow - (15 - i) * MINUTE, MINUTE));
  const day = Array.from({ length: 24 }, (_, i) => bucket(world, svc, minuteNow - (24 - i) * HOUR, HOUR));
  const requests = sum(recent.map((b) => b.requests));
  const restartsDay = restarts(world, now - DAY, now + 1, serviceId);
  const lastRestart = restarts(world, now - 30 * DAY, now + 1, serviceId).at(-1)?.at ?? null;
  const lastDeploy = deploys(world, now - 30 * DAY, now + 1, serviceId).at(-1)?.at ?? null;
  const monthAlerts = alerts(world, now - 30 * DAY, now, serviceId);
  const pct = (part: number) => (requests > 0 ? Math.min(100, (100 * part) / requests) : 0);
  return {
    serviceId,
    at: now,
    requestsPerMin: Math.round(requests / 5),
    errorRatePct: round2(pct(sum(recent.map((b) => b.e5xx)))),
    clientErrorRatePct: round2(pct(sum(recent.map((b) => b.e4xx)))),
    p95Ms: Math.round(sum(recent.map((b) => b.p95 * b.requests)) / Math.max(1, requests)),
    availabilityPct: round2((100 * sum(quarter.map((b) => b.up))) / quarter.length),
    restarts24h: restartsDay.length,
    upSince: Math.max(lastRestart ?? 0, lastDeploy ?? 0) || null,
    alerts24h: monthAlerts.filter((a) => a.startsAt >= now - DAY).length,
    alerts30d: monthAlerts.length,
    http4xx24h: Math.round(sum(day.map((b) => b.e4xx))),
    http5xx24h: Math.round(sum(day.map((b) => b.e5xx))),
    currentVersion: versionAt(world, serviceId, now),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
