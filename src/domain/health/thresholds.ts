// DOMAIN.md §9: per-service thresholds that colour a tile. Defaults live here; each service in
// the catalogue may override them (Settings → Service catalogue).
import * as z from 'zod/mini';
import { between, nonNegative } from '../schema-kit';

export const thresholdsSchema = z
  .object({
    errorRateWarnPct: between(0, 100),
    errorRateCritPct: between(0, 100),
    p95WarnMs: nonNegative(),
    p95CritMs: nonNegative(),
    availabilityWarnPct: between(0, 100),
    availabilityCritPct: between(0, 100),
  })
  .check(
    z.refine((t) => t.errorRateWarnPct <= t.errorRateCritPct, {
      message: 'error-rate warning must not be above critical',
      path: ['errorRateWarnPct'],
    }),
    z.refine((t) => t.p95WarnMs <= t.p95CritMs, { message: 'p95 warning must not be above critical', path: ['p95WarnMs'] }),
    z.refine((t) => t.availabilityWarnPct >= t.availabilityCritPct, {
      message: 'availability warning must not be below critical',
      path: ['availabilityWarnPct'],
    }),
  );

export type HealthThresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  errorRateWarnPct: 1,
  errorRateCritPct: 5,
  p95WarnMs: 800,
  p95CritMs: 2_000,
  availabilityWarnPct: 99.5,
  availabilityCritPct: 98,
};
