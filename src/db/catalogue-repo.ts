// The service catalogue: one entry per service, created from what the data sources report and
// then edited in Settings (public name, thresholds, runbook).
import { catalogueEntrySchema, EMPTY_RUNBOOK, type CatalogueEntry } from '@/domain/catalogue/catalogue';
import type { ServiceInfo } from '@/domain/telemetry/schemas';
import { describeIssues } from '@/domain/schema-kit';
import { db } from './database';
import { guardStorage } from './storage-errors';

export function listCatalogue(): Promise<CatalogueEntry[]> {
  return db.services.orderBy('id').toArray();
}

export function getCatalogueEntry(id: string): Promise<CatalogueEntry | undefined> {
  return db.services.get(id);
}

/** Adds services a source reports that the catalogue does not know yet; never overwrites edits. */
export async function registerServices(
  services: ServiceInfo[],
  runbooks: Map<string, CatalogueEntry['runbook']> = new Map(),
  demo = false,
): Promise<number> {
  return guardStorage(() =>
    db.transaction('rw', db.services, async () => {
      const known = new Set((await db.services.bulkGet(services.map((s) => s.id))).filter(Boolean).map((s) => s!.id));
      const fresh: CatalogueEntry[] = services
        .filter((s) => !known.has(s.id))
        .map((s) => ({
          id: s.id,
          name: s.name,
          publicName: s.publicName,
          team: s.team,
          thresholds: null,
          runbook: runbooks.get(s.id) ?? EMPTY_RUNBOOK,
          demo,
        }));
      await db.services.bulkAdd(fresh);
      return fresh.length;
    }),
  );
}

export type EntryResult = { ok: true } | { ok: false; errors: string[] };

export async function saveCatalogueEntry(entry: CatalogueEntry): Promise<EntryResult> {
  const parsed = catalogueEntrySchema.safeParse(entry);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  await guardStorage(() => db.services.put(parsed.data));
  return { ok: true };
}
