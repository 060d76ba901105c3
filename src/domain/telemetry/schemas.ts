// The shapes every data source delivers once parsed: adapters turn their wire formats into
// these, and parse with these schemas at the boundary so nothing unchecked reaches a screen.
import * as z from 'zod/mini';
import { between, count, nonNegative, required, timestamp } from '../schema-kit';

export const serviceInfoSchema = z.object({
  id: required(200),
  name: required(200),
  team: required(200),
  publicName: required(200),
});
export type ServiceInfo = z.infer<typeof serviceInfoSchema>;

export const healthSnapshotSchema = z.object({
  serviceId: required(200),
  at: timestamp(),
  requestsPerMin: nonNegative(),
  errorRatePct: between(0, 100),
  clientErrorRatePct: between(0, 100),
  p95Ms: z.nullable(nonNegative()),
  availabilityPct: z.nullable(between(0, 100)),
  restarts24h: count(),
  upSince: z.nullable(timestamp()),
  alerts24h: count(),
  alerts30d: count(),
  http4xx24h: count(),
  http5xx24h: count(),
  currentVersion: z.nullable(z.string()),
});
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;

/** One service's metrics on a regular grid: index i is the bucket starting at start + i·stepMs. */
export const serviceSeriesSchema = z
  .object({
    serviceId: required(200),
    start: timestamp(),
    stepMs: z.int().check(z.positive()),
    requests: z.array(nonNegative()),
    errors4xx: z.array(nonNegative()),
    errors5xx: z.array(nonNegative()),
    p95Ms: z.array(z.nullable(nonNegative())),
  })
  .check(
    z.refine(
      (s) => s.errors4xx.length === s.requests.length && s.errors5xx.length === s.requests.length && s.p95Ms.length === s.requests.length,
      'all metric arrays must have the same length',
    ),
  );
export type ServiceSeries = z.infer<typeof serviceSeriesSchema>;

export const alertSeveritySchema = z.enum(['critical', 'warning', 'info']);
export type AlertSeverity = z.infer<typeof alertSeveritySchema>;

export const alertSchema = z.object({
  id: required(500),
  serviceId: required(200),
  name: required(200),
  message: z.string(),
  severity: alertSeveritySchema,
  startsAt: timestamp(),
  endsAt: z.nullable(timestamp()),
});
export type Alert = z.infer<typeof alertSchema>;

export const deploySchema = z.object({
  serviceId: required(200),
  version: required(200),
  at: timestamp(),
  kind: z.enum(['deploy', 'rollback']),
});
export type Deploy = z.infer<typeof deploySchema>;

export const restartSchema = z.object({
  serviceId: required(200),
  at: timestamp(),
  reason: z.string(),
});
export type Restart = z.infer<typeof restartSchema>;

export const errorGroupSchema = z.object({
  fingerprint: required(200),
  serviceId: required(200),
  type: required(500),
  message: z.string(),
  count: count(),
  users: count(),
  firstSeen: timestamp(),
  lastSeen: timestamp(),
  versions: z.array(z.string()),
});
export type ErrorGroup = z.infer<typeof errorGroupSchema>;

export interface TimeRange {
  from: number;
  to: number;
}
