// DOMAIN.md §9: per-service thresholds that colour a tile. Defaults live here; each service in
// the catalogue may override any of them (Settings → Service catalogue).
import { z } from 'zod';

export const thresholdsSchema = z
  .object({
    errorRateWarnPct: z.number().min(0).max(100),
    errorRateCritPct: z.number().min(0).max(100),
    p95WarnMs: z.number().min(0),
    p95CritMs: z.number().min(0),
    availabilityWarnPct: z.number().min(0).max(100),
    availabilityCritPct: z.number().min(0).max(100),
  })
  .refine((t) => t.errorRateWarnPct <= t.errorRateCritPct, { message: 'error-rate warning must not be above critical', path: ['errorRateWarnPct'] })
  .refine((t) => t.p95WarnMs <= t.p95CritMs, { message: 'p95 warning must not be above critical', path: ['p95WarnMs'] })
  .refine((t) => t.availabilityWarnPct >= t.availabilityCritPct, { message: 'availability warning must not be below critical', path: ['availabilityWarnPct'] });

export type HealthThresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  errorRateWarnPct: 1,
  errorRateCritPct: 5,
  p95WarnMs: 800,
  p95CritMs: 2_000,
  availabilityWarnPct: 99.5,
  availabilityCritPct: 98,
};
