// The service catalogue, live: names, teams, threshold overrides and runbooks, shared by the
// overview, the service page, the runbook panel, the catalogue editor and incidents.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listCatalogue } from '@/db/catalogue-repo';
import type { CatalogueEntry } from '@/domain/catalogue/catalogue';

export function useCatalogue(): CatalogueEntry[] | undefined {
  return useLiveQuery(listCatalogue, []);
}

/** id → display name; unknown ids read as themselves. */
export function useServiceName(): (id: string) => string {
  const catalogue = useCatalogue();
  return useMemo(() => {
    const names = new Map((catalogue ?? []).map((e) => [e.id, e.name]));
    return (id: string) => names.get(id) ?? id;
  }, [catalogue]);
}
