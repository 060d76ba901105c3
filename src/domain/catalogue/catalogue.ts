// DOMAIN.md §11 service catalogue: who owns a service, what it is called in public, its health
// thresholds and its runbook. Edited in Settings; shown beside incidents.
import * as z from 'zod/mini';
import { thresholdsSchema, type HealthThresholds } from '../health/thresholds';
import { required, text } from '../schema-kit';

const line = text(500);
const block = text(5_000);
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(50));

export const runbookSchema = z.object({
  contacts: list(z.object({ name: line, role: line, reach: line })),
  links: list(z.object({ label: line, url: text(2_000) })),
  failurePatterns: list(z.object({ name: line, symptoms: block, debugSteps: block })),
  mitigations: list(z.object({ name: line, how: block })),
  operations: z.object({ start: block, stop: block, restart: block }),
});
export type Runbook = z.infer<typeof runbookSchema>;

export const catalogueEntrySchema = z.object({
  id: required(200),
  name: required(200),
  publicName: required(200),
  team: text(200),
  /** The service's own thresholds, or null to use the defaults. */
  thresholds: z.nullable(thresholdsSchema),
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
