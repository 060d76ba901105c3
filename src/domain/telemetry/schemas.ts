// The shapes every data source delivers once parsed: adapters turn their wire formats into
// these, and parse with these schemas at the boundary so nothing unchecked reaches a screen.
import { z } from 'zod';

const timestamp = z.number().int().nonnegative();
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const serviceInfoSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  team: z.string().min(1),
  publicName: z.string().min(1),
});
export type ServiceInfo = z.infer<typeof serviceInfoSchema>;

export const healthSnapshotSchema = z.object({
  serviceId: z.string().min(1),
  at: timestamp,
  requestsPerMin: finite.nonnegative(),
  errorRatePct: finite.min(0).max(100),
  clientErrorRatePct: finite.min(0).max(100),
  p95Ms: finite.nonnegative().nullable(),
  availabilityPct: finite.min(0).max(100).nullable(),
  restarts24h: z.number().int().nonnegative(),
  upSince: timestamp.nullable(),
  alerts24h: z.number().int().nonnegative(),
  alerts30d: z.number().int().nonnegative(),
  http4xx24h: z.number().int().nonnegative(),
  http5xx24h: z.number().int().nonnegative(),
  currentVersion: z.string().nullable(),
});
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;

/** One service's metrics on a regular grid: index i is the bucket starting at start + i·stepMs. */
export const serviceSeriesSchema = z.object({
  serviceId: z.string().min(1),
  start: timestamp,
  stepMs: z.number().int().positive(),
  requests: z.array(finite.nonnegative()),
  errors4xx: z.array(finite.nonnegative()),
  errors5xx: z.array(finite.nonnegative()),
  p95Ms: z.array(finite.nonnegative().nullable()),
}).refine(
  (s) => s.errors4xx.length === s.requests.length && s.errors5xx.length === s.requests.length && s.p95Ms.length === s.requests.length,
  'all metric arrays must have the same length',
);
export type ServiceSeries = z.infer<typeof serviceSeriesSchema>;

export const alertSeveritySchema = z.enum(['critical', 'warning', 'info']);
export type AlertSeverity = z.infer<typeof alertSeveritySchema>;

export const alertSchema = z.object({
  id: z.string().min(1),
  serviceId: z.string().min(1),
  name: z.string().min(1),
  message: z.string(),
  severity: alertSeveritySchema,
  startsAt: timestamp,
  endsAt: timestamp.nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

export const deploySchema = z.object({
  serviceId: z.string().min(1),
  version: z.string().min(1),
  at: timestamp,
  kind: z.enum(['deploy', 'rollback']),
});
export type Deploy = z.infer<typeof deploySchema>;

export const restartSchema = z.object({
  serviceId: z.string().min(1),
  at: timestamp,
  reason: z.string(),
});
export type Restart = z.infer<typeof restartSchema>;

export const errorGroupSchema = z.object({
  fingerprint: z.string().min(1),
  serviceId: z.string().min(1),
  type: z.string().min(1),
  message: z.string(),
  count: z.number().int().nonnegative(),
  users: z.number().int().nonnegative(),
  firstSeen: timestamp,
  lastSeen: timestamp,
  versions: z.array(z.string()),
});
export type ErrorGroup = z.infer<typeof errorGroupSchema>;

export interface TimeRange {
  from: number;
  to: number;
}
