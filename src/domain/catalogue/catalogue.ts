// DOMAIN.md §11 service catalogue: who owns a service, what it is called in public, its health
// thresholds and its runbook. Edited in Settings; shown beside incidents.
import { z } from 'zod';
import { thresholdsSchema, type HealthThresholds } from '../health/thresholds';

const line = z.string().max(500);
const block = z.string().max(5_000);

export const runbookSchema = z.object({
  contacts: z.array(z.object({ name: line, role: line, reach: line })).max(50),
  links: z.array(z.object({ label: line, url: z.string().max(2_000) })).max(50),
  failurePatterns: z.array(z.object({ name: line, symptoms: block, debugSteps: block })).max(50),
  mitigations: z.array(z.object({ name: line, how: block })).max(50),
  operations: z.object({ start: block, stop: block, restart: block }),
});
export type Runbook = z.infer<typeof runbookSchema>;

export const catalogueEntrySchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  publicName: z.string().min(1).max(200),
  team: z.string().max(200),
  /** Only the thresholds this service overrides; the rest come from the defaults. */
  thresholds: thresholdsSchema.nullable(),
  runbook: runbookSchema,
  demo: z.boolean(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const EMPTY_RUNBOOK: Runbook = {
  contacts: [],
  links: [],
  failurePatterns: [],
  mitigations: [],
  operations: { start: '', stop: '', restart: '' },
};

export function effectiveThresholds(entry: Pick<CatalogueEntry, 'thresholds'> | undefined, defaults: HealthThresholds): HealthThresholds {
  return entry?.thresholds ?? defaults;
}

/** Only http(s) and mailto links are rendered as links; anything else (javascript:, data:) stays text. */
export function isSafeLink(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim());
}
